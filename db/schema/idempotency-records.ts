import { integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";

/**
 * One row per `Idempotency-Key` seen on a POST, scoped to the caller's organization
 * (or platform key). The unique index is what makes concurrent retries create once.
 */
export const idempotencyRecords = pgTable(
  "idempotency_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text("request_hash").notNull(),
    /** Null while the first request is still being handled. */
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
    expiresOn: timestampColumn("expires_on").notNull(),
  },
  (t) => [uniqueIndex("idempotency_scope_key_unique").on(t.scope, t.key)],
);

export type IdempotencyRecord = typeof idempotencyRecords.$inferSelect;
