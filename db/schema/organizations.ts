import { boolean, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { entityColumns } from "./columns";

export const organizationStatus = pgEnum("organization_status", [
  "active",
  "pending_verification",
  "suspended",
  "closed",
]);

export const organizations = pgTable(
  "organizations",
  {
    ...entityColumns(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    organizationStatus: organizationStatus("organization_status").notNull().default("active"),
    /** Providers publish products and bundles and approve requests for them. */
    provider: boolean("provider").notNull().default(false),
  },
  (t) => [uniqueIndex("organizations_slug_unique").on(t.slug)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
