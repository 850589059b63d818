import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";

/** An organization's logo, kept in the database so both drivers and every replica serve it. */
export const organizationImages = pgTable("organization_images", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  updatedOn: timestampColumn("updated_on").notNull().defaultNow(),
});

export const organizationContacts = pgTable(
  "organization_contacts",
  {
    ...entityColumns(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    isDefault: boolean("is_default").notNull().default(false),
  },
  (t) => [
    index("organization_contacts_org_idx").on(t.organizationId),
    // At most one default contact per organization, enforced by the database.
    uniqueIndex("organization_contacts_one_default")
      .on(t.organizationId)
      .where(sql`${t.isDefault}`),
  ],
);

export type OrganizationContact = typeof organizationContacts.$inferSelect;
