import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";
import { membershipRole } from "./memberships";
import { organizations } from "./organizations";
import { users } from "./users";

/** An invitation to join an organization: a single-use, expiring link sent by email. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: membershipRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresOn: timestampColumn("expires_on").notNull(),
    acceptedOn: timestampColumn("accepted_on"),
    revokedOn: timestampColumn("revoked_on"),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_unique").on(t.tokenHash),
    index("invitations_org_idx").on(t.organizationId),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
