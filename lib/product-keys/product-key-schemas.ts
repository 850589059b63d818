import { z } from "zod";
import { epochMillis } from "@/lib/input/date-time";
import { cursorSchema, emailSchema, idList, uuid } from "@/lib/input/identifiers";
import { sortDirections } from "@/lib/input/table-query";
import { changeSequenceSchema, integer, queryInteger } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";
import { optionalFilter } from "@/lib/input/list-filter";
import type { CreateProductKeyFieldName } from "./product-key-field-names";

/**
 * Revenium's create-product-key payload (../shared/reference/revenium-create-product-key.txt)
 * in camelCase, one schema for the form, the action, the route and the OpenAPI document. The
 * reference lost most JSON names; those it shows are kept, the others follow its style.
 * Instants are milliseconds since the epoch, as Revenium sends them.
 */
export const productKeyStatuses = [
  "active",
  "not_started",
  "expired",
  "disabled",
  "revoked",
  "payment_held",
  "quota_exhausted",
  "invalid",
] as const;
export type ProductKeyStatus = (typeof productKeyStatuses)[number];

/** A product key's shape (sdpk_ + 38 base62); its checksum is checked by the domain. */
const keyShape = /^sdpk_[0-9A-Za-z]{38}$/;
const quotaUnits = integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: "must be an array" }).max(max, `at most ${max} entries`);
const emails = list(emailSchema, 20);
const reference = line(200, { min: 1 });

/** Every field a key's issuer may set and later change (the create payload minus who and what). */
const keyTerms = {
  description: text(1000).describe("A description"),
  valid: z.boolean().describe("Is the key valid? The issuer's switch: false refuses every verify."),
  slaDefinitionIds: list(uuid(), 50).describe("SLA definitions of the provider attached to the key"),
  pricingRuleIds: list(uuid(), 50).describe("Pricing rules of the provider attached to the key"),
  expiration: epochMillis().describe("When the key stops working (milliseconds); absent: never"),
  startDate: epochMillis().describe("When the key starts working (milliseconds); absent: at once"),
  externalQuoteId: reference.describe("The quote in an external CPQ or financial system"),
  quota: quotaUnits.describe("Transaction quota, in the units verify's cost counts; absent: unlimited"),
  consumedQuota: quotaUnits.describe("Quota consumed so far"),
  quotaNotificationThreshold: z
    .number({ error: "must be a number" })
    .min(0, "must be 0 or more")
    .max(100, "must be at most 100")
    .describe("Percent of the quota whose crossing sends one notification"),
  applications: list(line(200, { min: 1 }), 100).describe("Ids of the applications using the key"),
  externalApplicationId: reference.describe("The external id of an application using the key"),
  notifyCreatorOnCreation: z.boolean().describe("Email the key's creator when it is created"),
  notificationAddressesOnCreation: emails.describe("More addresses told of the key's creation"),
  notifyOwnerOnQuotaThreshold: z.boolean().describe("Email the owner when the quota threshold is crossed"),
  notificationAddressesOnQuotaThreshold: emails.describe("More addresses told of the quota threshold"),
  disableOnPaymentFailure: z.boolean().describe("Hold the key while the owner organization's payment fails"),
  company: line(200).describe("Company name"),
  consumerDataProviderConfigurationId: reference.describe("The consumer data provider configuration's id"),
  allowMidPeriodCancellation: z.boolean().describe("Allow cancelling mid-period with proration"),
  notifyBeforeTrialExpiry: z.boolean().describe("Tell the owner before the linked trial ends"),
  firstName: line(100, { min: 1 }).describe("The key's client's first name"),
  lastName: line(100, { min: 1 }).describe("The key's client's last name"),
  tags: list(line(50, { min: 1 }), 50).describe("Tags"),
  namedConsumers: emails.describe("Email addresses of the users allowed to use the key"),
  namedOrganizations: list(uuid(), 50).describe("Ids of the organizations allowed to use the key"),
  subscriptionId: uuid().describe(
    "The owner organization's subscription to one of the products the key gives access under",
  ),
} satisfies Partial<Record<CreateProductKeyFieldName, z.ZodType>>;

export const createProductKeySchema = z.object({
  providerOrganizationId: uuid()
    .optional()
    .describe("The organization providing the key; the products' provider (sent: must match)"),
  organizationId: uuid().describe("The organization the key belongs to (the owner organization)"),
  productIds: list(uuid(), 50)
    .min(1, "name at least one product")
    .describe("The products the key is for: all of one provider, each available to the owner organization"),
  owner: uuid().optional().describe("The owner's user id, when the owner has an account (must match email)"),
  email: emailSchema.describe("The owner's email: without an account, one is created and invited"),
  key: z
    .string({ error: "must be a string" })
    .regex(keyShape, "must be a product key such as sdpk_… (38 characters after sdpk_)")
    .optional()
    .describe("A key to use instead of a generated one: a well-formed sdpk_ key with its checksum"),
  ...keyTerms,
  description: keyTerms.description.default(""),
  valid: keyTerms.valid.default(true),
  slaDefinitionIds: keyTerms.slaDefinitionIds.default([]),
  pricingRuleIds: keyTerms.pricingRuleIds.default([]),
  expiration: keyTerms.expiration.optional(),
  startDate: keyTerms.startDate.optional(),
  externalQuoteId: keyTerms.externalQuoteId.optional(),
  quota: keyTerms.quota.optional(),
  consumedQuota: keyTerms.consumedQuota.default(0),
  quotaNotificationThreshold: keyTerms.quotaNotificationThreshold.optional(),
  applications: keyTerms.applications.default([]),
  externalApplicationId: keyTerms.externalApplicationId.optional(),
  notifyCreatorOnCreation: keyTerms.notifyCreatorOnCreation.default(false),
  notificationAddressesOnCreation: keyTerms.notificationAddressesOnCreation.default([]),
  notifyOwnerOnQuotaThreshold: keyTerms.notifyOwnerOnQuotaThreshold.default(false),
  notificationAddressesOnQuotaThreshold: keyTerms.notificationAddressesOnQuotaThreshold.default([]),
  disableOnPaymentFailure: keyTerms.disableOnPaymentFailure.default(false),
  company: keyTerms.company.optional(),
  consumerDataProviderConfigurationId: keyTerms.consumerDataProviderConfigurationId.optional(),
  allowMidPeriodCancellation: keyTerms.allowMidPeriodCancellation.default(false),
  notifyBeforeTrialExpiry: keyTerms.notifyBeforeTrialExpiry.default(false),
  tags: keyTerms.tags.default([]),
  namedConsumers: keyTerms.namedConsumers.default([]),
  namedOrganizations: keyTerms.namedOrganizations.default([]),
  subscriptionId: keyTerms.subscriptionId.optional(),
  // The form places field errors by createProductKeyFieldNames: a field added here or to keyTerms
  // without it is an error (keyTerms is checked on its own: a spread is not).
} satisfies Record<CreateProductKeyFieldName, z.ZodType>);
export type CreateProductKeyInput = z.input<typeof createProductKeySchema>;
export type CreateProductKeyData = z.output<typeof createProductKeySchema>;

/**
 * A change: only the fields sent change; null clears an optional one (expiration, quota…).
 * The owner organization, provider and secrets do not change here (rotate for the secret).
 */
export const updateProductKeySchema = z.object({
  changeSequence: changeSequenceSchema.describe("The changeSequence last read: a stale one answers 409"),
  productIds: createProductKeySchema.shape.productIds.optional(),
  description: keyTerms.description.optional(),
  valid: keyTerms.valid.optional(),
  slaDefinitionIds: keyTerms.slaDefinitionIds.optional(),
  pricingRuleIds: keyTerms.pricingRuleIds.optional(),
  expiration: keyTerms.expiration.nullable().optional(),
  startDate: keyTerms.startDate.optional(),
  externalQuoteId: keyTerms.externalQuoteId.nullable().optional(),
  quota: keyTerms.quota.nullable().optional(),
  consumedQuota: keyTerms.consumedQuota.optional(),
  quotaNotificationThreshold: keyTerms.quotaNotificationThreshold.nullable().optional(),
  applications: keyTerms.applications.optional(),
  externalApplicationId: keyTerms.externalApplicationId.nullable().optional(),
  notifyCreatorOnCreation: keyTerms.notifyCreatorOnCreation.optional(),
  notificationAddressesOnCreation: keyTerms.notificationAddressesOnCreation.optional(),
  notifyOwnerOnQuotaThreshold: keyTerms.notifyOwnerOnQuotaThreshold.optional(),
  notificationAddressesOnQuotaThreshold: keyTerms.notificationAddressesOnQuotaThreshold.optional(),
  disableOnPaymentFailure: keyTerms.disableOnPaymentFailure.optional(),
  company: keyTerms.company.nullable().optional(),
  consumerDataProviderConfigurationId: keyTerms.consumerDataProviderConfigurationId.nullable().optional(),
  allowMidPeriodCancellation: keyTerms.allowMidPeriodCancellation.optional(),
  notifyBeforeTrialExpiry: keyTerms.notifyBeforeTrialExpiry.optional(),
  firstName: keyTerms.firstName.optional(),
  lastName: keyTerms.lastName.optional(),
  tags: keyTerms.tags.optional(),
  namedConsumers: keyTerms.namedConsumers.optional(),
  namedOrganizations: keyTerms.namedOrganizations.optional(),
  subscriptionId: keyTerms.subscriptionId.nullable().optional(),
});
export type UpdateProductKeyInput = z.input<typeof updateProductKeySchema>;

const optionalChangeSequence = changeSequenceSchema.optional();

/** Rotation: the old secret keeps working for `graceHours` (0: it stops at once). */
export const rotateProductKeySchema = z.object({
  graceHours: integer({ min: 0, max: 24 * 90 })
    .default(24)
    .describe("Hours the old secret keeps working beside the new one; 0 ends it at once"),
  changeSequence: optionalChangeSequence,
});

/** Disabling and revoking say why (audited, shown on the key); enabling may. */
export const productKeyReasonSchema = z.object({
  reason: text(1000, { min: 1 }).describe("Why (kept on the key and in the audit trail)"),
  changeSequence: optionalChangeSequence,
});
export const enableProductKeySchema = z.object({
  reason: text(1000).optional(),
  changeSequence: optionalChangeSequence,
});

/** The list's bulk disable or enable; disabling says why, as for one key. */
export const bulkKeyStatusSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("disable"), productKeyIds: idList(100), reason: text(1000, { min: 1 }) }),
  z.object({ action: z.literal("enable"), productKeyIds: idList(100), reason: text(1000).optional() }),
]);

export const productKeyFilterSchema = z.object({
  organizationId: optionalFilter(uuid()).describe("The owner organization"),
  providerOrganizationId: optionalFilter(uuid()).describe("The providing organization"),
  productId: optionalFilter(uuid()).describe("Keys for this product"),
  status: optionalFilter(z.enum(productKeyStatuses)).describe("The key's status now"),
  tag: optionalFilter(line(50)).describe("Keys carrying this tag"),
  q: optionalFilter(line(100)).describe("The start of a secret's prefix (sdpk_…), or of the owner's email"),
});
export type ProductKeyFilter = z.output<typeof productKeyFilterSchema>;

/** The orders the list's keyset pages can follow. */
export const productKeySortFields = ["createdOn"] as const;

export const productKeyListQuerySchema = productKeyFilterSchema.extend({
  sort: optionalFilter(z.enum(productKeySortFields)).default("createdOn").describe("The order of the list"),
  direction: optionalFilter(z.enum(sortDirections))
    .default("desc")
    .describe("asc: oldest first; desc: newest first"),
  cursor: optionalFilter(cursorSchema).describe("nextCursor of the previous page"),
  limit: queryInteger({ min: 1, max: 200 }).default(50).describe("Keys per page (1–200)"),
});
export type ProductKeyListQuery = z.input<typeof productKeyListQuerySchema>;

export const productKeyUsageQuerySchema = z.object({
  days: queryInteger({ min: 1, max: 366 }).default(30).describe("How many days back, today included"),
});
