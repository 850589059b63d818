import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";

export const productStatus = pgEnum("product_status", ["DRAFT", "PUBLISHED"]);
export const accessExchangeType = pgEnum("access_exchange_type", ["GENERATE_TOKEN", "MANUAL_EXCHANGE"]);

/** "A product group bundles related products together for catalog organization." */
export const productGroups = pgTable(
  "product_groups",
  {
    ...entityColumns(),
    /** The provider that runs the group; null for groups the platform itself keeps. */
    providerOrganizationId: uuid("provider_organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    overviewMarkdown: text("overview_markdown").notNull().default(""),
    order: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [index("product_groups_order_idx").on(t.order, t.id)],
);

export const products = pgTable(
  "products",
  {
    ...entityColumns(),
    /** MasStack's integer product id: stable, never reused. */
    number: bigint("number", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    productGroupId: uuid("product_group_id").references(() => productGroups.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    detailedDescription: text("detailed_description").notNull().default(""),
    overviewMarkdown: text("overview_markdown").notNull().default(""),
    imageUrl: text("image_url"),
    /** An image uploaded to Subdesk (kept in `product_images`), shown instead of `imageUrl`. */
    hasImage: boolean("has_image").notNull().default(false),
    /** Money in minor units (cents) of `currency`: never a float. */
    priceMinor: bigint("price_minor", { mode: "number" }),
    currency: text("currency").notNull().default("USD"),
    priceId: text("price_id"),
    priceSuffix: text("price_suffix"),
    numberOfCredits: integer("number_of_credits"),
    hasQuantity: boolean("has_quantity").notNull().default(false),
    order: integer("sort_order").notNull().default(0),
    promoted: boolean("promoted").notNull().default(false),
    active: boolean("active").notNull().default(true),
    projectTemplates: jsonb("project_templates").$type<string[]>().notNull().default([]),
    productStatus: productStatus("product_status").notNull().default("DRAFT"),
    publiclyAvailable: boolean("publicly_available").notNull().default(false),
    supportMultiplePlans: boolean("support_multiple_plans").notNull().default(false),
    colour: text("colour"),
    accessExchangeType: accessExchangeType("access_exchange_type").notNull().default("GENERATE_TOKEN"),
    /** Archived products are kept for the subscriptions that use them but leave the catalog. */
    archivedOn: timestampColumn("archived_on"),
    archiveReason: text("archive_reason"),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    index("products_group_order_idx").on(t.productGroupId, t.order, t.id),
    index("products_provider_idx").on(t.providerOrganizationId),
    uniqueIndex("products_number_unique").on(t.number),
    // What a subscription's (product, provider) refers to: its provider is always its product's.
    uniqueIndex("products_id_provider_unique").on(t.id, t.providerOrganizationId),
    index("products_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("products_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

export const productImages = pgTable("product_images", {
  productId: uuid("product_id")
    .primaryKey()
    .references(() => products.id, { onDelete: "cascade" }),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  updatedOn: timestampColumn("updated_on").notNull().defaultNow(),
});

/** Which products a subscription to a product may change to (MasStack's compatibilities). */
export const productCompatibilities = pgTable(
  "product_compatibilities",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    compatibleProductId: uuid("compatible_product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.productId, t.compatibleProductId] })],
);

export type ProductGroup = typeof productGroups.$inferSelect;
export type Product = typeof products.$inferSelect;

export const planType = pgEnum("plan_type", ["STATIC", "DYNAMIC"]);
export const planTerms = pgEnum("plan_terms", ["trial", "paid"]);

/**
 * Plan versions. A plan (`planId`) is the set of its versions; a version never changes once
 * written (but for the `deleted` flag), so a subscription that names a version keeps exactly
 * the terms it was sold with. New subscriptions copy the latest version's default terms.
 */
export const plans = pgTable(
  "plans",
  {
    rowId: uuid("row_id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    version: integer("version").notNull(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    planType: planType("plan_type").notNull().default("STATIC"),
    validFrom: timestampColumn("valid_from"),
    validUntil: timestampColumn("valid_until"),
    deleted: boolean("deleted").notNull().default(false),
    approvalRequired: boolean("approval_required").notNull().default(false),
    terms: planTerms("terms").notNull().default("paid"),
    /** Days; -1 means unlimited. */
    subscriptionPeriod: integer("subscription_period").notNull().default(-1),
    gracePeriod: integer("grace_period").notNull().default(0),
    /** Days before the end to remind; -1 means no reminder. */
    reminderBeforePeriod: integer("reminder_before_period").notNull().default(-1),
    appLimit: integer("app_limit").notNull().default(-1),
    namespaceLimit: integer("namespace_limit").notNull().default(-1),
    /** US cents. */
    costPerAppUnitMinor: bigint("cost_per_app_unit_minor", { mode: "number" }).notNull().default(0),
    costPerNamespaceUnitMinor: bigint("cost_per_namespace_unit_minor", { mode: "number" })
      .notNull()
      .default(0),
    createdAt: timestampColumn("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
    updatedAt: timestampColumn("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [
    uniqueIndex("plans_plan_version_unique").on(t.planId, t.version),
    index("plans_product_idx").on(t.productId),
  ],
);

export type Plan = typeof plans.$inferSelect;

/** Named service levels (Revenium's `slaDefinitionIds`), attachable to product keys. */
export const slaDefinitions = pgTable("sla_definitions", {
  ...entityColumns(),
  providerOrganizationId: uuid("provider_organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  /** e.g. "99.950": a decimal, kept exact. */
  uptimePercent: numeric("uptime_percent", { precision: 6, scale: 3 }).notNull(),
  responseTimeMs: integer("response_time_ms"),
  supportHours: text("support_hours"),
});

export const pricingRuleType = pgEnum("pricing_rule_type", [
  "FLAT",
  "PER_UNIT",
  "TIERED",
  "DISCOUNT_PERCENT",
]);

/** Named pricing rules (Revenium's `pricingRuleIds`), attachable to product keys. */
export const pricingRules = pgTable("pricing_rules", {
  ...entityColumns(),
  providerOrganizationId: uuid("provider_organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  ruleType: pricingRuleType("rule_type").notNull(),
  currency: text("currency").notNull().default("USD"),
  /** The rule's numbers: amounts in minor units, tiers as [{upTo, unitAmountMinor}]. */
  parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull().default({}),
});

export type SlaDefinition = typeof slaDefinitions.$inferSelect;
export type PricingRule = typeof pricingRules.$inferSelect;
