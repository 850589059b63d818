import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { rateLimits } from "@/db/schema";
import { now } from "@/lib/clock";
import type { RatePolicy } from "./policies";

/*
 * The counters live in the `rate_limits` table on both drivers. On PostgreSQL that is what
 * lets several app processes share one count. On PGlite a single process owns the database
 * anyway, so an in-memory map would behave the same — but one store means one code path,
 * tested by the same tests on both drivers, and counts that survive a dev-server restart.
 */

const t = rateLimits;

/** Keys are hashed: emails and addresses never sit in this table in the clear. */
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

const timestamp = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Counts one attempt in a single atomic upsert, unless the key is blocked. Answers the
 * counter after the attempt, or null when the attempt was refused (and not counted).
 */
export async function countAttempt(
  policy: RatePolicy,
  key: string,
  db: Executor | null = null,
): Promise<{ hits: number; expiresOn: Date } | null> {
  const at = now();
  const restart = sql`${t.expiresOn} <= ${timestamp(at)}`;
  const hits = sql`case when ${restart} then 1 else ${t.hits} + 1 end`;
  let expiresOn: Date;
  let expires: SQL;
  let blocked: SQL;
  let firstBlock: Date | null;
  if (policy.kind === "window") {
    // The window starts with its first attempt; the attempt that reaches the limit blocks the rest.
    expiresOn = new Date(at.getTime() + policy.windowMs);
    expires = sql`case when ${restart} then ${timestamp(expiresOn)} else ${t.expiresOn} end`;
    blocked = sql`case when ${hits} >= ${policy.limit} then ${expires} end`;
    firstBlock = policy.limit <= 1 ? expiresOn : null;
  } else {
    // Each attempt pushes the forgetting further; past the free ones each one sets a doubling wait.
    expiresOn = new Date(at.getTime() + policy.forgetAfterMs);
    expires = timestamp(expiresOn);
    const delayMs = sql`least(${policy.maxDelayMs}::float8, ${policy.firstDelayMs}::float8 * power(2, least(${hits} - ${policy.freeAttempts}, 40)))`;
    blocked = sql`case when ${hits} >= ${policy.freeAttempts} then ${timestamp(at)} + ${delayMs} * interval '1 millisecond' end`;
    firstBlock = policy.freeAttempts <= 1 ? new Date(at.getTime() + policy.firstDelayMs) : null;
  }
  const [row] = await (db ?? (await getDb()))
    .insert(t)
    .values({ bucket: policy.bucket, key: hashKey(key), hits: 1, expiresOn, blockedUntil: firstBlock })
    .onConflictDoUpdate({
      target: [t.bucket, t.key],
      set: { hits, expiresOn: expires, blockedUntil: blocked },
      setWhere: sql`${t.blockedUntil} is null or ${t.blockedUntil} <= ${timestamp(at)}`,
    })
    .returning({ hits: t.hits, expiresOn: t.expiresOn });
  return row ?? null;
}

/** The latest moment until which any of these keys is blocked, or null when none is. */
export async function blockedUntil(
  entries: [policy: RatePolicy, key: string][],
  db: Executor | null = null,
): Promise<Date | null> {
  const matches = entries.map(([policy, key]) => and(eq(t.bucket, policy.bucket), eq(t.key, hashKey(key))));
  const [row] = await (db ?? (await getDb()))
    .select({ until: sql<Date | null>`max(${t.blockedUntil})`.mapWith(t.blockedUntil) })
    .from(t)
    .where(and(or(...matches), gt(t.blockedUntil, now())));
  return row?.until ?? null;
}

/** Forgets the keys' counts (a successful sign-in clears its failures). */
export async function clearCounts(entries: [policy: RatePolicy, key: string][]): Promise<void> {
  const db = await getDb();
  for (const [policy, key] of entries) {
    await db.delete(t).where(and(eq(t.bucket, policy.bucket), eq(t.key, hashKey(key))));
  }
}

/** Marks a key as seen until `ttlMs` from now (e.g. an address the account signed in from). */
export async function remember(bucket: string, key: string, ttlMs: number): Promise<void> {
  const expiresOn = new Date(now().getTime() + ttlMs);
  await (
    await getDb()
  )
    .insert(t)
    .values({ bucket, key: hashKey(key), hits: 1, expiresOn })
    .onConflictDoUpdate({ target: [t.bucket, t.key], set: { expiresOn } });
}

export async function isRemembered(bucket: string, key: string): Promise<boolean> {
  const [row] = await (
    await getDb()
  )
    .select({ hits: t.hits })
    .from(t)
    .where(and(eq(t.bucket, bucket), eq(t.key, hashKey(key)), gt(t.expiresOn, now())));
  return row !== undefined;
}

/**
 * Deletes counters whose window is over (the periodic job calls this). Rows still blocking
 * are kept even when expired, so a purge never lifts a block early.
 */
export async function purgeExpiredRateLimits(): Promise<number> {
  const at = now();
  const removed = await (
    await getDb()
  )
    .delete(t)
    .where(and(lte(t.expiresOn, at), or(sql`${t.blockedUntil} is null`, lte(t.blockedUntil, at))))
    .returning({ bucket: t.bucket });
  return removed.length;
}
