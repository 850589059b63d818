import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { products } from "./catalog";
import { entityColumns, timestampColumn } from "./columns";
import { organizations } from "./organizations";
import { subscriptions } from "./subscriptions";
import { users } from "./users";

/**
 * Revenium's product key: what a customer's software presents to use a provider's products.
 * A commercial record like a subscription (lib/subscriptions/commercial-policy.ts): the owner
 * organization holds it, the provider issues and runs it. The secret itself is never stored —
 * see `productKeySecrets`. Whether a key works right now follows from `valid`, the dates,
 * `disabledOn` / `revokedOn`, the payment hold, the linked subscription and the quota.
 */
export const productKeys = pgTable(
  "product_keys",
  {
    ...entityColumns(),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** The owner (consuming) organization: Revenium's `organizationId`. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The subscription the key gives access under, when there is one (BARRED, SUBSCRIPTION_ENDED). */
    subscriptionId: uuid("subscription_id").references(() => subscriptions.id, { onDelete: "set null" }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    ownerEmail: text("owner_email").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    company: text("company"),
    description: text("description").notNull().default(""),
    /** Revenium's `valid`: the issuer's switch, independent of disable/revoke. */
    valid: boolean("valid").notNull().default(true),
    /** Not valid before (Revenium's start date). */
    startsOn: timestampColumn("starts_on").notNull(),
    /** Not valid from (Revenium's expiration); null: never expires. */
    expiresOn: timestampColumn("expires_on"),
    /** Null: unlimited. Counted in the same units as `cost` on verify. */
    quota: bigint("quota", { mode: "number" }),
    consumedQuota: bigint("consumed_quota", { mode: "number" }).notNull().default(0),
    /** Percent of the quota whose crossing notifies once; null: no notification. */
    quotaNotificationThreshold: doublePrecision("quota_notification_threshold"),
    /** Set by the verify that crosses the threshold, so exactly one notification goes out. */
    quotaThresholdNotifiedOn: timestampColumn("quota_threshold_notified_on"),
    externalQuoteId: text("external_quote_id"),
    externalApplicationId: text("external_application_id"),
    consumerDataProviderConfigurationId: text("consumer_data_provider_configuration_id"),
    applications: text("applications")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    namedConsumers: text("named_consumers")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    namedOrganizations: uuid("named_organizations")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    slaDefinitionIds: uuid("sla_definition_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    pricingRuleIds: uuid("pricing_rule_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    notifyCreatorOnCreation: boolean("notify_creator_on_creation").notNull().default(false),
    notificationAddressesOnCreation: text("notification_addresses_on_creation")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notifyOwnerOnQuotaThreshold: boolean("notify_owner_on_quota_threshold").notNull().default(false),
    notificationAddressesOnQuotaThreshold: text("notification_addresses_on_quota_threshold")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    disableOnPaymentFailure: boolean("disable_on_payment_failure").notNull().default(false),
    /** Set while a failed payment holds the key (only keys with `disableOnPaymentFailure`). */
    paymentHeldOn: timestampColumn("payment_held_on"),
    allowMidPeriodCancellation: boolean("allow_mid_period_cancellation").notNull().default(false),
    notifyBeforeTrialExpiry: boolean("notify_before_trial_expiry").notNull().default(false),
    /**
     * Set with the trial-expiry notice (lib/product-keys/jobs/), once per trial: the trial's end
     * it was sent for, so the job sends nothing twice and a later trial gets its own notice.
     */
    trialExpiryNotifiedFor: timestampColumn("trial_expiry_notified_for"),
    disabledOn: timestampColumn("disabled_on"),
    disabledReason: text("disabled_reason"),
    /** Final: a revoked key never works again. */
    revokedOn: timestampColumn("revoked_on"),
    revokedReason: text("revoked_reason"),
    lastUsedOn: timestampColumn("last_used_on"),
    createdBy: text("created_by").notNull(),
    modifiedBy: text("modified_by").notNull(),
  },
  (t) => [
    index("product_keys_org_created_idx").on(t.organizationId, t.createdOn, t.id),
    index("product_keys_provider_created_idx").on(t.providerOrganizationId, t.createdOn, t.id),
    // A provider's customers, each once in order: the keys list's organization choices.
    index("product_keys_provider_customer_idx").on(t.providerOrganizationId, t.organizationId),
    index("product_keys_created_idx").on(t.createdOn, t.id),
    index("product_keys_subscription_idx").on(t.subscriptionId),
    index("product_keys_tags_idx").using("gin", t.tags),
    index("product_keys_owner_email_pattern_idx").on(sql`${t.ownerEmail} text_pattern_ops`),
    // What a key's products refer to with their provider (productKeyProducts).
    uniqueIndex("product_keys_id_provider_unique").on(t.id, t.providerOrganizationId),
  ],
);

export type ProductKey = typeof productKeys.$inferSelect;

/** Which products a key may be used for (verify with another product: WRONG_PRODUCT). */
export const productKeyProducts = pgTable(
  "product_key_products",
  {
    productKeyId: uuid("product_key_id").notNull(),
    productId: uuid("product_id").notNull(),
    /** The key's provider, which every product of the key has: the two foreign keys hold it so. */
    providerOrganizationId: uuid("provider_organization_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productKeyId, t.productId] }),
    index("product_key_products_product_idx").on(t.productId),
    // A key's provider is each of its products' provider, as a subscription's is its product's:
    // the lists' product choices (lib/subscriptions/listed-products.ts) rely on it.
    foreignKey({
      name: "product_key_products_key_provider_fk",
      columns: [t.productKeyId, t.providerOrganizationId],
      foreignColumns: [productKeys.id, productKeys.providerOrganizationId],
    }).onDelete("cascade"),
    foreignKey({
      name: "product_key_products_product_provider_fk",
      columns: [t.productId, t.providerOrganizationId],
      foreignColumns: [products.id, products.providerOrganizationId],
    }).onDelete("restrict"),
  ],
);

/**
 * The secrets of a key, primary/secondary style: rotation adds a secret and gives the old one
 * an end, so both work until it passes — no downtime. Only a SHA-256 of the secret is kept
 * (the secret is 190 random bits: a slow hash would buy nothing), plus its readable prefix.
 */
export const productKeySecrets = pgTable(
  "product_key_secrets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productKeyId: uuid("product_key_id")
      .notNull()
      .references(() => productKeys.id, { onDelete: "cascade" }),
    /** The first characters of the secret, shown in lists and searched by. */
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
    /** When a rotation retires it; null: works until revoked. */
    expiresOn: timestampColumn("expires_on"),
    revokedOn: timestampColumn("revoked_on"),
    createdBy: text("created_by").notNull(),
  },
  (t) => [
    uniqueIndex("product_key_secrets_hash_unique").on(t.secretHash),
    index("product_key_secrets_key_idx").on(t.productKeyId),
    // A prefix search (LIKE 'abc%'): a plain btree cannot serve LIKE under a non-C collation.
    // With the key's id beside the prefix, the search reads its thousands of matches from the
    // index alone, not from its table (at 1M keys, `sdpk_ab`, 3,844 matches: SQL 24.8 → 22.5 ms).
    index("product_key_secrets_prefix_key_idx").on(sql`${t.prefix} text_pattern_ops`, t.productKeyId),
  ],
);

export type ProductKeySecret = typeof productKeySecrets.$inferSelect;

/** Usage per key per day, for the usage chart: accepted verifies, quota consumed, refusals. */
export const productKeyUsage = pgTable(
  "product_key_usage",
  {
    productKeyId: uuid("product_key_id")
      .notNull()
      .references(() => productKeys.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    accepted: bigint("accepted", { mode: "number" }).notNull().default(0),
    consumed: bigint("consumed", { mode: "number" }).notNull().default(0),
    refused: bigint("refused", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.productKeyId, t.day] })],
);

/** Payment-provider events already handled: a replayed event id changes nothing. */
export const paymentEvents = pgTable("payment_events", {
  eventId: text("event_id").primaryKey(),
  organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
  type: text("type").notNull(),
  receivedOn: timestampColumn("received_on").notNull().defaultNow(),
});
