import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { planTerms, products } from "./catalog";
import { entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";

/** See lib/subscriptions/lifecycle.ts for the only transitions allowed between these. */
export const subscriptionStatus = pgEnum("subscription_status", [
  "scheduled",
  "trialing",
  "active",
  "paused",
  "grace",
  "ended",
]);

export const subscriptionChangeKind = pgEnum("subscription_change_kind", [
  "create",
  "plan",
  "quantity",
  "status",
  "terms",
  "barring",
  "cancel",
  "pause",
  "resume",
]);

/** pending: waits for its date; held: waits for a reviewer; the rest are final. */
export const subscriptionChangeState = pgEnum("subscription_change_state", [
  "pending",
  "held",
  "applied",
  "cancelled",
  "rejected",
]);

/** MasStack's block reasons. */
export const barringReason = pgEnum("barring_reason", ["DEBT", "RISK", "MIGRATION", "ATC", "CUST"]);

export type PaymentAddress = {
  /** ISO 3166 alpha-2. */
  addressCountry: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  streetAddress1?: string;
  streetAddress2?: string;
};
export type Label = { name: string; value: string };
export type Marketplace = "netapp" | "azure" | "aws" | "gcp";
export type OnboardStatus = "not started" | "in progress" | "success" | "failed";

/**
 * One row per subscription of any kind: a Kodexa product subscription, an Astra account
 * subscription, a plan subscription made in the portal. Terms are copied from the plan version
 * when the subscription starts or changes plan, never read live from the plan.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    ...entityColumns(),
    /** MasStack's integer `subscriptionId`: stable, never reused. */
    number: bigint("number", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Copied from the product at creation, so the policy and the provider's lists need no join. */
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    /** The plan's stable id (`plans.plan_id`); null for a subscription to a product alone. */
    planId: uuid("plan_id"),
    planVersion: integer("plan_version"),
    quantity: integer("quantity").notNull().default(1),
    status: subscriptionStatus("status").notNull(),
    // The terms, with the meanings and -1 conventions of `plans`.
    terms: planTerms("terms").notNull().default("paid"),
    subscriptionPeriod: integer("subscription_period").notNull().default(-1),
    gracePeriod: integer("grace_period").notNull().default(0),
    reminderBeforePeriod: integer("reminder_before_period").notNull().default(-1),
    appLimit: integer("app_limit").notNull().default(-1),
    namespaceLimit: integer("namespace_limit").notNull().default(-1),
    costPerAppUnitMinor: bigint("cost_per_app_unit_minor", { mode: "number" }).notNull().default(0),
    costPerNamespaceUnitMinor: bigint("cost_per_namespace_unit_minor", { mode: "number" })
      .notNull()
      .default(0),
    startsOn: timestampColumn("starts_on").notNull(),
    /** Null: the period never ends. */
    currentPeriodEndsOn: timestampColumn("current_period_ends_on"),
    graceEndsOn: timestampColumn("grace_ends_on"),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    endedOn: timestampColumn("ended_on"),
    endReason: text("end_reason"),
    pausedOn: timestampColumn("paused_on"),
    /** Set when the trial reminder goes out, cleared when a new period starts: one per period. */
    trialReminderSentOn: timestampColumn("trial_reminder_sent_on"),
    // Astra's payment and metadata fields.
    customerProfileId: text("customer_profile_id"),
    paymentProfileId: text("payment_profile_id"),
    paymentExpiry: text("payment_expiry"),
    paymentFirstName: text("payment_first_name"),
    paymentLastName: text("payment_last_name"),
    paymentAddress: jsonb("payment_address").$type<PaymentAddress>(),
    purchaseOrderNumber: text("purchase_order_number"),
    licenseSn: text("license_sn"),
    marketplace: text("marketplace").$type<Marketplace>(),
    onboardStatus: text("onboard_status").$type<OnboardStatus>().notNull().default("not started"),
    labels: jsonb("labels").$type<Label[]>().notNull().default([]),
    createdBy: text("created_by").notNull(),
    modifiedBy: text("modified_by").notNull(),
  },
  // Lists read these newest first, (createdOn, id) descending: a backward scan of each index.
  (t) => [
    uniqueIndex("subscriptions_number_unique").on(t.number),
    index("subscriptions_org_created_idx").on(t.organizationId, t.createdOn, t.id),
    index("subscriptions_provider_created_idx").on(t.providerOrganizationId, t.createdOn, t.id),
    // A provider's customers, each once in order: filter choices and the organization picker.
    index("subscriptions_provider_customer_idx").on(t.providerOrganizationId, t.organizationId),
    index("subscriptions_created_idx").on(t.createdOn, t.id),
    // A product's subscriptions, and whether anyone holds one of its plans (the filter's choices).
    index("subscriptions_product_plan_idx").on(t.productId, t.planId),
    // The list's filters by status or product, newest first with the id as tie-breaker.
    index("subscriptions_status_created_idx").on(t.status, t.createdOn, t.id),
    index("subscriptions_product_created_idx").on(t.productId, t.createdOn, t.id),
    // The live ones (Kodexa's list, the portal's default): no row-by-row skipping of ended ones.
    index("subscriptions_live_created_idx")
      .on(t.createdOn, t.id)
      .where(sql`${t.status} <> 'ended'`),
    index("subscriptions_status_period_idx").on(t.status, t.currentPeriodEndsOn),
    index("subscriptions_status_grace_idx").on(t.status, t.graceEndsOn),
    index("subscriptions_status_starts_idx").on(t.status, t.startsOn),
    // The provider copied at creation stays its product's, a plan change to a compatible product
    // included: the lists and the policy read it instead of joining the product.
    foreignKey({
      name: "subscriptions_product_provider_fk",
      columns: [t.productId, t.providerOrganizationId],
      foreignColumns: [products.id, products.providerOrganizationId],
    }).onDelete("restrict"),
  ],
);

export type Subscription = typeof subscriptions.$inferSelect;
export type SubscriptionStatus = (typeof subscriptionStatus.enumValues)[number];
export type SubscriptionChangeKind = (typeof subscriptionChangeKind.enumValues)[number];
export type SubscriptionChangeState = (typeof subscriptionChangeState.enumValues)[number];
export type BarringReason = (typeof barringReason.enumValues)[number];

/**
 * The history AND the queue of changes not yet applied: every change is one row, pending ones
 * (a date ahead) and held ones (waiting for review) included. `sequence` orders rows written
 * at the same instant.
 */
export const subscriptionChanges = pgTable(
  "subscription_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sequence: bigint("sequence", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    kind: subscriptionChangeKind("kind").notNull(),
    state: subscriptionChangeState("state").notNull(),
    fromValue: jsonb("from_value").$type<Record<string, unknown>>(),
    toValue: jsonb("to_value").$type<Record<string, unknown>>(),
    requestedOn: timestampColumn("requested_on").notNull(),
    /** When the requester wants it to take effect. */
    effectiveOn: timestampColumn("effective_on").notNull(),
    appliedOn: timestampColumn("applied_on"),
    reason: text("reason"),
    requestedBy: text("requested_by").notNull(),
    decidedBy: text("decided_by"),
    decisionNote: text("decision_note"),
    /** Why the risk check held it (MasStack's `risk_decision`). */
    riskDecision: text("risk_decision"),
  },
  (t) => [
    index("subscription_changes_history_idx").on(t.subscriptionId, t.requestedOn.desc(), t.sequence.desc()),
    index("subscription_changes_due_idx")
      .on(t.state, t.effectiveOn)
      .where(sql`${t.state} in ('pending', 'held')`),
  ],
);

export type SubscriptionChange = typeof subscriptionChanges.$inferSelect;

/** MasStack's blocks: a subscription is barred while it has an active barring. */
export const subscriptionBarrings = pgTable(
  "subscription_barrings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    reason: barringReason("reason").notNull(),
    note: text("note").notNull().default(""),
    active: boolean("active").notNull().default(true),
    appliedOn: timestampColumn("applied_on").notNull(),
    appliedBy: text("applied_by").notNull(),
    liftedOn: timestampColumn("lifted_on"),
    liftedBy: text("lifted_by"),
    liftNote: text("lift_note"),
  },
  (t) => [
    index("subscription_barrings_subscription_idx").on(t.subscriptionId, t.active),
    // One active barring per reason: applying the same block twice is one block.
    uniqueIndex("subscription_barrings_active_reason_unique")
      .on(t.subscriptionId, t.reason)
      .where(sql`${t.active}`),
  ],
);

export type SubscriptionBarring = typeof subscriptionBarrings.$inferSelect;
