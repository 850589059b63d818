import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";

/**
 * One counter per limit and key (lib/rate-limit). Kept in the database so every app process
 * counts against the same row: one atomic upsert per attempt, no per-process memory.
 * `key` is a SHA-256 of the caller's key (an email, an address), so no personal data sits here.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    /** The policy's name, e.g. `sign-in:account-address`. */
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    hits: integer("hits").notNull(),
    /** The counter starts again from zero after this moment; the row may then be purged. */
    expiresOn: timestampColumn("expires_on").notNull(),
    /** Attempts before this moment are refused without being counted. */
    blockedUntil: timestampColumn("blocked_until"),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.key] }), index("rate_limits_expires_idx").on(t.expiresOn)],
);

export type RateLimitRow = typeof rateLimits.$inferSelect;
