import { z } from "zod";
import { productKeyStatuses } from "./product-key-schemas";
import type { ProductKeyView } from "./present-product-keys";

/**
 * A product key as the REST API answers it: Revenium's field names (those of the create
 * payload, so a client reads back what it sent) plus what Subdesk adds — status, names,
 * secrets' prefixes, the switches' reasons. Every instant is milliseconds since the epoch, as
 * Revenium's payload has them. Never a secret: `key` appears only in create's and rotate's answer.
 */
const ms = (what: string) => z.number().int().describe(`${what} (milliseconds since the epoch)`);
const maybeMs = (what: string) => ms(what).nullable();

export const productKeySecretWireSchema = z.object({
  id: z.string(),
  prefix: z.string().describe("The secret's first 12 characters (sdpk_…), to tell secrets apart"),
  createdOn: ms("When it was added"),
  expiresOn: maybeMs("When it stops working after a rotation; null: until revoked"),
  revokedOn: maybeMs("When it was revoked"),
});

export const productKeyWireSchema = z.object({
  id: z.string(),
  changeSequence: z.number().int().describe("Send it back with a change: a stale one answers 409"),
  providerOrganizationId: z.string().describe("The organization providing the key"),
  providerOrganizationName: z.string(),
  organizationId: z.string().describe("The owner organization"),
  organizationName: z.string(),
  productIds: z.array(z.string()),
  products: z.array(z.object({ id: z.string(), name: z.string() })).describe("The key's products, by name"),
  description: z.string(),
  valid: z.boolean().describe("The issuer's switch"),
  owner: z.string().nullable().describe("The owner's user id"),
  email: z.string().describe("The owner's email"),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string().nullable(),
  prefix: z.string().nullable().describe("The newest working secret's prefix; null before the first secret"),
  secrets: z.array(productKeySecretWireSchema).describe("Newest first; never the secrets themselves"),
  slaDefinitionIds: z.array(z.string()),
  pricingRuleIds: z.array(z.string()),
  expiration: maybeMs("When the key stops working; null: never"),
  startDate: ms("When the key starts working"),
  externalQuoteId: z.string().nullable(),
  quota: z.number().int().nullable().describe("null: unlimited"),
  consumedQuota: z.number().int(),
  quotaNotificationThreshold: z.number().nullable().describe("Percent of the quota"),
  applications: z.array(z.string()),
  externalApplicationId: z.string().nullable(),
  notifyCreatorOnCreation: z.boolean(),
  notificationAddressesOnCreation: z.array(z.string()),
  notifyOwnerOnQuotaThreshold: z.boolean(),
  notificationAddressesOnQuotaThreshold: z.array(z.string()),
  disableOnPaymentFailure: z.boolean(),
  consumerDataProviderConfigurationId: z.string().nullable(),
  allowMidPeriodCancellation: z.boolean(),
  notifyBeforeTrialExpiry: z.boolean(),
  tags: z.array(z.string()),
  namedConsumers: z.array(z.string()),
  namedOrganizations: z.array(z.string()),
  subscriptionId: z.string().nullable(),
  status: z
    .enum(productKeyStatuses)
    .describe(
      "Derived now, the first that applies: revoked, disabled, invalid (valid is false), payment_held, " +
        "not_started, expired, quota_exhausted, else active",
    ),
  disabledOn: maybeMs("When it was disabled"),
  disabledReason: z.string().nullable(),
  revokedOn: maybeMs("When it was revoked (final)"),
  revokedReason: z.string().nullable(),
  paymentHeldOn: maybeMs("Since when a failed payment holds it"),
  quotaThresholdNotifiedOn: maybeMs("When the quota threshold's notification went out"),
  lastUsedOn: maybeMs("The last accepted verify"),
  createdOn: ms("Created"),
  updatedOn: ms("Last changed"),
  createdBy: z.string(),
  modifiedBy: z.string(),
});
export type ProductKeyWire = z.infer<typeof productKeyWireSchema>;

/** Create's and rotate's answer: the key with its new secret, shown this once. */
export const productKeyWithSecretWireSchema = productKeyWireSchema.extend({
  key: z
    .string()
    .nullable()
    .describe("The new secret, answered only here: store it now. An idempotent replay answers null."),
});

export const productKeyPageWireSchema = z.object({
  items: z.array(productKeyWireSchema),
  nextCursor: z.string().nullable().describe("Pass it back as cursor for the next page; null on the last"),
});

export const productKeyUsageWireSchema = z.object({
  productKeyId: z.string(),
  days: z.array(
    z.object({
      day: z.string().describe("A UTC day, 2031-06-01"),
      accepted: z.number().int().describe("Accepted verifies"),
      consumed: z.number().int().describe("Quota consumed"),
      refused: z.number().int().describe("Refused verifies"),
    }),
  ),
});

const msOf = (at: Date | null) => (at ? at.getTime() : null);

export function productKeyToWire(view: ProductKeyView): ProductKeyWire {
  return {
    id: view.id,
    changeSequence: view.changeSequence,
    providerOrganizationId: view.providerOrganizationId,
    providerOrganizationName: view.providerName,
    organizationId: view.organizationId,
    organizationName: view.organizationName,
    productIds: view.productIds,
    products: view.products,
    description: view.description,
    valid: view.valid,
    owner: view.ownerUserId,
    email: view.ownerEmail,
    firstName: view.firstName,
    lastName: view.lastName,
    company: view.company,
    prefix: view.prefix,
    secrets: view.secrets.map((s) => ({
      id: s.id,
      prefix: s.prefix,
      createdOn: s.createdOn.getTime(),
      expiresOn: msOf(s.expiresOn),
      revokedOn: msOf(s.revokedOn),
    })),
    slaDefinitionIds: view.slaDefinitionIds,
    pricingRuleIds: view.pricingRuleIds,
    expiration: msOf(view.expiresOn),
    startDate: view.startsOn.getTime(),
    externalQuoteId: view.externalQuoteId,
    quota: view.quota,
    consumedQuota: view.consumedQuota,
    quotaNotificationThreshold: view.quotaNotificationThreshold,
    applications: view.applications,
    externalApplicationId: view.externalApplicationId,
    notifyCreatorOnCreation: view.notifyCreatorOnCreation,
    notificationAddressesOnCreation: view.notificationAddressesOnCreation,
    notifyOwnerOnQuotaThreshold: view.notifyOwnerOnQuotaThreshold,
    notificationAddressesOnQuotaThreshold: view.notificationAddressesOnQuotaThreshold,
    disableOnPaymentFailure: view.disableOnPaymentFailure,
    consumerDataProviderConfigurationId: view.consumerDataProviderConfigurationId,
    allowMidPeriodCancellation: view.allowMidPeriodCancellation,
    notifyBeforeTrialExpiry: view.notifyBeforeTrialExpiry,
    tags: view.tags,
    namedConsumers: view.namedConsumers,
    namedOrganizations: view.namedOrganizations,
    subscriptionId: view.subscriptionId,
    status: view.status,
    disabledOn: msOf(view.disabledOn),
    disabledReason: view.disabledReason,
    revokedOn: msOf(view.revokedOn),
    revokedReason: view.revokedReason,
    paymentHeldOn: msOf(view.paymentHeldOn),
    quotaThresholdNotifiedOn: msOf(view.quotaThresholdNotifiedOn),
    lastUsedOn: msOf(view.lastUsedOn),
    createdOn: view.createdOn.getTime(),
    updatedOn: view.updatedOn.getTime(),
    createdBy: view.createdBy,
    modifiedBy: view.modifiedBy,
  };
}
