import { index, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";

export const auditActorType = pgEnum("audit_actor_type", ["user", "api_key", "system", "visitor"]);

/**
 * The audit trail. Rows are append-only and keep plain ids rather than foreign keys,
 * so the record outlives the user, key or organization it speaks of.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    occurredOn: timestampColumn("occurred_on").notNull().defaultNow(),
    organizationId: uuid("organization_id"),
    actorType: auditActorType("actor_type").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorApiKeyId: uuid("actor_api_key_id"),
    /** Who acted, as shown to people (an email or a key's name), frozen at the time. */
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    correlationId: text("correlation_id"),
  },
  (t) => [
    index("audit_events_occurred_idx").on(t.occurredOn, t.id),
    // One organization's trail in either order, the id breaking ties as the keyset pages need.
    index("audit_events_org_occurred_idx").on(t.organizationId, t.occurredOn, t.id),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
