import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";

export const productStatus = pgEnum("product_status", ["DRAFT", "PUBLISHED"]);
export const accessExchangeType = pgEnum("access_exchange_type", ["GENERATE_TOKEN", "MANUAL_EXCHANGE"]);

/** "A product group bundles related products together for catalog organization." */
export const productGroups = pgTable(
  "product_groups",
  {
    ...entityColumns(),
    /** The provider that runs the group; null for groups the platform itself keeps. */
    providerOrganizationId: uuid("provider_organization_id").references(() => organizations.id, { onDelete: "cascade" }),
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
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    productGroupId: uuid("product_group_id").references(() => productGroups.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    detailedDescription: text("detailed_description").notNull().default(""),
    overviewMarkdown: text("overview_markdown").notNull().default(""),
    imageUrl: text("image_url"),
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
  ],
);

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
