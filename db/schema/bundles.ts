import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accessExchangeType, products } from "./catalog";
import { entityColumns, timestampColumn } from "./columns";
import { organizationContacts } from "./organization-details";
import { organizations } from "./organizations";
import { productKeys } from "./product-keys";
import { subscriptions } from "./subscriptions";
import { users } from "./users";

/** The wallis marketplace's contract states; DRAFT is the bundle's alone, never a decision. */
export const contractStatus = pgEnum("contract_status", [
  "DRAFT",
  "REQUESTED",
  "IN_PROGRESS",
  "APPROVED",
  "REJECTED",
  "IN_TERMINATION",
  "TERMINATED",
]);

/** A decision's state, at bundle, product or plan level (the contract states but DRAFT). */
export const approvalStatus = pgEnum("approval_status", [
  "REQUESTED",
  "IN_PROGRESS",
  "APPROVED",
  "REJECTED",
  "IN_TERMINATION",
  "TERMINATED",
]);

export const businessCaseKey = pgEnum("business_case_key", ["USE_CASE", "ADDED_VALUE", "TRAFFIC"]);

export const accessStatusValue = pgEnum("access_status_value", [
  "ACTIVATION_REQUESTED",
  "ACTIVE",
  "DEACTIVATION_REQUESTED",
  "INACTIVE",
]);

/** Where an approval-history row belongs. */
export const approvalLevel = pgEnum("approval_level", ["bundle", "product", "plan"]);

/**
 * A customer organization's contract with one provider: the products and plans it asks for,
 * why (business cases), and who to talk to. A commercial record (commercial-policy.ts): the
 * consumer drafts and requests, the provider's approvers decide.
 */
export const bundles = pgTable(
  "bundles",
  {
    ...entityColumns(),
    /** The consumer organization (wallis' `organizationId`). */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    detailedDescription: text("detailed_description").notNull().default(""),
    colour: text("colour"),
    iconPath: text("icon_path"),
    contactId: uuid("contact_id").references(() => organizationContacts.id, { onDelete: "set null" }),
    contractStatus: contractStatus("contract_status").notNull().default("DRAFT"),
    /** The provider's switch on access to its site (wallis' `accessStatus`). */
    accessAllowed: boolean("access_allowed").notNull().default(true),
    accessNote: text("access_note"),
    requestedOn: timestampColumn("requested_on"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").notNull(),
    modifiedBy: text("modified_by").notNull(),
  },
  (t) => [
    index("bundles_org_idx").on(t.organizationId, t.name, t.id),
    index("bundles_provider_status_idx").on(t.providerOrganizationId, t.contractStatus, t.requestedOn),
    // The bundle search's sorts, each with the id as its tie-breaker, and its substring search.
    index("bundles_name_idx").on(t.name, t.id),
    index("bundles_created_idx").on(t.createdOn, t.id),
    // Newest first with the id still ascending (the search's tie-breaker either way): a deep
    // page's offset walks it alone, where the index above read backwards needs a sort by id.
    // NULLS FIRST is `order by … desc`'s own order, which the planner matches to the index.
    index("bundles_created_desc_idx").on(t.createdOn.desc().nullsFirst(), t.id),
    index("bundles_updated_idx").on(t.updatedOn, t.id),
    index("bundles_requested_idx").on(t.requestedOn, t.id),
    index("bundles_status_idx").on(t.contractStatus, t.id),
    // The approval queue: one state, or the open ones (its default), oldest request first.
    index("bundles_status_requested_idx").on(t.contractStatus, t.requestedOn, t.id),
    index("bundles_open_requested_idx")
      .on(t.requestedOn, t.id)
      .where(sql`${t.contractStatus} in ('REQUESTED', 'IN_PROGRESS')`),
    index("bundles_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("bundles_description_trgm_idx").using("gin", sql`${t.description} gin_trgm_ops`),
  ],
);

export type Bundle = typeof bundles.$inferSelect;
export type ContractStatus = (typeof contractStatus.enumValues)[number];
export type ApprovalStatus = (typeof approvalStatus.enumValues)[number];
export type BusinessCaseKey = (typeof businessCaseKey.enumValues)[number];
export type AccessStatusValue = (typeof accessStatusValue.enumValues)[number];

/** One text per key; `pendingText` holds an edit made after the request, until it is decided. */
export const bundleBusinessCases = pgTable(
  "bundle_business_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id, { onDelete: "cascade" }),
    key: businessCaseKey("key").notNull(),
    text: text("text").notNull().default(""),
    pendingText: text("pending_text"),
  },
  (t) => [uniqueIndex("bundle_business_cases_unique").on(t.bundleId, t.key)],
);

/** A provider product in a bundle, with its own decision state. */
export const bundleProducts = pgTable(
  "bundle_products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    approvalStatus: approvalStatus("approval_status"),
  },
  (t) => [
    uniqueIndex("bundle_products_unique").on(t.bundleId, t.productId),
    index("bundle_products_product_idx").on(t.productId),
  ],
);

/**
 * A plan asked for in a bundle (wallis' `subscriptions`): decided one by one; an approved one
 * becomes a subscription at the plan version it was requested at.
 */
export const bundlePlanSubscriptions = pgTable(
  "bundle_plan_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id, { onDelete: "cascade" }),
    bundleProductId: uuid("bundle_product_id")
      .notNull()
      .references(() => bundleProducts.id, { onDelete: "cascade" }),
    /** The plan's stable id (`plans.plan_id`) and the version requested. */
    planId: uuid("plan_id").notNull(),
    planVersion: integer("plan_version").notNull(),
    /** Null while the bundle is a draft. */
    approvalStatus: approvalStatus("approval_status"),
    validUntil: timestampColumn("valid_until"),
    subscriptionId: uuid("subscription_id").references(() => subscriptions.id, { onDelete: "set null" }),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bundle_plan_subscriptions_unique").on(t.bundleId, t.planId),
    index("bundle_plan_subscriptions_status_idx").on(t.approvalStatus),
  ],
);

/** The decision history at bundle, product and plan level (wallis' `approvals`). */
export const bundleApprovals = pgTable(
  "bundle_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id, { onDelete: "cascade" }),
    level: approvalLevel("level").notNull(),
    /** The bundle product or plan subscription decided; null at bundle level. */
    targetId: uuid("target_id"),
    approvalStatus: approvalStatus("approval_status").notNull(),
    note: text("note"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").notNull(),
    createdAt: timestampColumn("created_at").notNull().defaultNow(),
  },
  (t) => [index("bundle_approvals_bundle_idx").on(t.bundleId, t.createdAt)],
);

/**
 * Access to the approved products, per exchange type: GENERATE_TOKEN issues a product key,
 * MANUAL_EXCHANGE records a hand-off. `status` is the latest of its history.
 */
export const bundleAccesses = pgTable(
  "bundle_accesses",
  {
    ...entityColumns(),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    exchangeType: accessExchangeType("exchange_type").notNull(),
    status: accessStatusValue("status").notNull(),
    productIds: uuid("product_ids").array().notNull(),
    productKeyId: uuid("product_key_id").references(() => productKeys.id, { onDelete: "set null" }),
    /** Whether the customer has been shown the key's secret (it is shown once). */
    secretShownOn: timestampColumn("secret_shown_on"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("bundle_accesses_bundle_idx").on(t.bundleId)],
);

export const bundleAccessStatuses = pgTable(
  "bundle_access_statuses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accessId: uuid("access_id")
      .notNull()
      .references(() => bundleAccesses.id, { onDelete: "cascade" }),
    statusValue: accessStatusValue("status_value").notNull(),
    note: text("note"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").notNull(),
    createdAt: timestampColumn("created_at").notNull().defaultNow(),
  },
  (t) => [index("bundle_access_statuses_access_idx").on(t.accessId, t.createdAt)],
);
