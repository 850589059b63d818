import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { entityColumns, timestampColumn } from "./columns";

export const organizationStatus = pgEnum("organization_status", [
  "active",
  "pending_verification",
  "suspended",
  "closed",
]);

/** Flat key → value settings (`features`, `properties`): see lib/organizations/schemas.ts. */
export type SettingsMap = Record<string, string | number | boolean>;

export const organizations = pgTable(
  "organizations",
  {
    ...entityColumns(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    organizationStatus: organizationStatus("organization_status").notNull().default("active"),
    /** Why the organization was last suspended, reactivated or closed. */
    statusReason: text("status_reason"),
    /** Providers publish products and bundles and approve requests for them. */
    provider: boolean("provider").notNull().default(false),
    enterpriseOrganization: boolean("enterprise_organization").notNull().default(false),
    publicAccess: boolean("public_access").notNull().default(false),
    /** While granted and unexpired, platform admins may open this organization's data. */
    supportAccess: boolean("support_access").notNull().default(false),
    supportAccessExpiresAt: timestampColumn("support_access_expires_at"),
    defaultToPrivateTemplates: boolean("default_to_private_templates").notNull().default(false),
    features: jsonb("features").$type<SettingsMap>().notNull().default({}),
    properties: jsonb("properties").$type<SettingsMap>().notNull().default({}),
    hasImage: boolean("has_image").notNull().default(false),
    /** The organization's id in the external billing system. */
    stripeCustomerId: text("stripe_customer_id"),
    authGroup: text("auth_group"),
    orderedDashboards: jsonb("ordered_dashboards").$type<string[]>().notNull().default([]),
    /** Lower-cased name, slug and description, kept in step on every write, for search. */
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    uniqueIndex("organizations_slug_unique").on(t.slug),
    // The name itself is part of the key (it orders nothing after the id) so that a page's
    // offset is an index-only walk: the planner needs `name`, not only `lower(name)`, in the index.
    index("organizations_name_idx").on(sql`lower(${t.name})`, t.id, t.name),
    index("organizations_created_idx").on(t.createdOn, t.id),
    index("organizations_slug_id_idx").on(t.slug, t.id),
    // Substring search (ILIKE '%…%') through pg_trgm: the list's query, and the subscriptions
    // and bundles searches that match an organization's name or slug.
    index("organizations_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("organizations_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("organizations_slug_trgm_idx").using("gin", sql`${t.slug} gin_trgm_ops`),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type OrganizationStatus = (typeof organizationStatus.enumValues)[number];
