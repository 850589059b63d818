import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { RateLimiter } from "@/lib/rate-limit";

const hour = 60 * 60_000;
const slot = globalThis as typeof globalThis & {
  __subdeskSignUpLimits?: { byAddress: RateLimiter; byEmail: RateLimiter };
};

function limiters() {
  slot.__subdeskSignUpLimits ??= {
    byAddress: new RateLimiter(env().SIGNUP_RATE_LIMIT_PER_HOUR, hour),
    // However many addresses a sender uses, one mailbox gets at most three such emails an hour.
    byEmail: new RateLimiter(3, hour),
  };
  return slot.__subdeskSignUpLimits;
}

/** Throws 429 (with Retry-After) when this address or this email has asked too often. */
export function enforceSignUpLimits(kind: string, clientAddress: string, email: string): void {
  const { byAddress, byEmail } = limiters();
  for (const verdict of [byAddress.hit(`${kind}|${clientAddress}`), byEmail.hit(`${kind}|${email}`)]) {
    if (!verdict.allowed) {
      throw new AppError(
        "rate_limited",
        `Too many attempts. Try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes.`,
        {
          headers: { "Retry-After": String(verdict.retryAfterSeconds) },
        },
      );
    }
  }
}
