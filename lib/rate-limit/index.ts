/**
 * The one rate limiter every door uses. Counters live in the database (lib/rate-limit/
 * counter-store.ts), so every app process shares them; the figures are in policies.ts.
 */
export { limitApiRequests, assertApiKeyNotBlocked, recordApiKeyFailure } from "./api-key-limits";
export { consume, enforce, rateLimited, type Verdict } from "./consume";
export { purgeExpiredRateLimits } from "./counter-store";
export { limitInvitation, limitPasswordReset, limitResendVerification, limitSignUp } from "./door-limits";
export { policies } from "./policies";
export { limitSignIn } from "./sign-in-limits";
