import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";

/**
 * Keys for the REST API. An organization key acts inside its organization; a key with no
 * organization is a platform key and acts as a platform admin. The secret is never stored:
 * only its SHA-256 hash and a visible prefix to recognise it by.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    ...entityColumns(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lastUsedOn: timestampColumn("last_used_on"),
    revokedOn: timestampColumn("revoked_on"),
  },
  (t) => [uniqueIndex("api_keys_prefix_unique").on(t.prefix), index("api_keys_org_idx").on(t.organizationId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
