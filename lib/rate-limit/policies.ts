import { env } from "@/lib/env";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** At most `limit` attempts per key in a fixed window; the window starts with its first attempt. */
export interface WindowPolicy {
  kind: "window";
  bucket: string;
  limit: number;
  windowMs: number;
}

/**
 * `freeAttempts` attempts, then a wait before each further one that doubles from
 * `firstDelayMs` up to `maxDelayMs`. The count is forgotten `forgetAfterMs` after the last attempt.
 */
export interface BackoffPolicy {
  kind: "backoff";
  bucket: string;
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export type RatePolicy = WindowPolicy | BackoffPolicy;

const window = (bucket: string, limit: number, windowMs: number): WindowPolicy => ({
  kind: "window",
  bucket,
  limit,
  windowMs,
});

/**
 * Every limit in one place. Sign-in limits count failed attempts only (a success clears
 * them); the others count every request. Limits read from the environment are getters, so
 * they follow the configuration the process started with.
 */
export const policies = {
  /** Password guessing from one address: ten tries per account every fifteen minutes. */
  signInAccountAddress: window("sign-in:account-address", 10, 15 * minute),
  /**
   * Guessing from many addresses: twenty free failures per account, then 5 s, 10 s, 20 s …
   * up to 15 minutes between tries. Addresses the account signed in from lately are exempt
   * (signInKnownAddress), so an attacker elsewhere cannot lock the real user out.
   */
  signInAccount: {
    kind: "backoff",
    bucket: "sign-in:account",
    freeAttempts: 20,
    firstDelayMs: 5_000,
    maxDelayMs: 15 * minute,
    forgetAfterMs: day,
  } satisfies BackoffPolicy,
  /** How long a successful sign-in keeps its address exempt from the per-account backoff. */
  signInKnownAddressMs: 30 * day,

  signUpAddress: {
    ...window("sign-up:address", 0, hour),
    get limit() {
      return env().SIGNUP_RATE_LIMIT_PER_HOUR;
    },
  },
  /** However many addresses a sender uses, one mailbox gets at most three such emails an hour. */
  signUpEmail: window("sign-up:email", 3, hour),
  passwordResetAddress: {
    ...window("password-reset:address", 0, hour),
    get limit() {
      return env().SIGNUP_RATE_LIMIT_PER_HOUR;
    },
  },
  passwordResetEmail: window("password-reset:email", 3, hour),
  resendVerificationAddress: {
    ...window("resend-verification:address", 0, hour),
    get limit() {
      return env().SIGNUP_RATE_LIMIT_PER_HOUR;
    },
  },
  resendVerificationEmail: window("resend-verification:email", 3, hour),

  /** Invitations: per inviting user (or key), per organization, and per invited mailbox. */
  invitationsByInviter: window("invitations:inviter", 20, hour),
  invitationsByOrganization: window("invitations:organization", 100, day),
  invitationsToEmail: window("invitations:email", 3, hour),

  apiRequests: {
    ...window("api:requests", 0, minute),
    get limit() {
      return env().API_RATE_LIMIT_PER_MINUTE;
    },
  },
  /**
   * Wrong API keys. Secrets carry 190 bits, so guessing is hopeless; these stop the flood.
   * Counted per prefix *and address*, so a flood against one prefix cannot lock its real
   * owner out, and per address across prefixes.
   */
  apiKeyFailuresPrefixAddress: window("api-key-failures:prefix-address", 10, minute),
  apiKeyFailuresAddress: window("api-key-failures:address", 30, minute),
} as const;
