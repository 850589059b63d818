import "server-only";
import type { Executor } from "@/db/client";
import { nowMs } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { blockedUntil, countAttempt } from "./counter-store";
import type { RatePolicy } from "./policies";

export interface Verdict {
  allowed: boolean;
  /** For window policies: the limit and what is left of it, for RateLimit-* headers. */
  limit: number | null;
  remaining: number | null;
  /** When refused: how long until the next attempt may pass. */
  retryAfterSeconds: number;
}

const secondsUntil = (moment: Date | null) =>
  Math.max(1, Math.ceil(((moment?.getTime() ?? nowMs()) - nowMs()) / 1000));

/** Counts one attempt against a policy for a key, atomically across every app process. */
export async function consume(policy: RatePolicy, key: string, db: Executor | null = null): Promise<Verdict> {
  const limit = policy.kind === "window" ? policy.limit : null;
  const counted = await countAttempt(policy, key, db);
  if (counted) {
    return {
      allowed: true,
      limit,
      remaining: limit === null ? null : Math.max(0, limit - counted.hits),
      retryAfterSeconds: secondsUntil(counted.expiresOn),
    };
  }
  const until = await blockedUntil([[policy, key]], db);
  return {
    allowed: false,
    limit,
    remaining: limit === null ? null : 0,
    retryAfterSeconds: secondsUntil(until),
  };
}

/** The 429 every door answers, with Retry-After (forms show the detail). */
export function rateLimited(retryAfterSeconds: number, headers: Record<string, string> = {}): AppError {
  const wait =
    retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new AppError("rate_limited", `Too many attempts. Try again in ${wait}.`, {
    headers: { "Retry-After": String(retryAfterSeconds), ...headers },
  });
}

/** Throws 429 while any of these keys is blocked, counting nothing (a look before the real work). */
export async function assertNotBlocked(
  entries: [policy: RatePolicy, key: string][],
  db: Executor | null = null,
) {
  const until = await blockedUntil(entries, db);
  if (until) throw rateLimited(secondsUntil(until));
}

/**
 * Counts the attempt against each policy in turn and throws 429 at the first that refuses
 * it. Pass the transaction when called inside one (PGlite would wait on the outer database).
 */
export async function enforce(entries: [policy: RatePolicy, key: string][], db: Executor | null = null) {
  for (const [policy, key] of entries) {
    const verdict = await consume(policy, key, db);
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
  }
}
