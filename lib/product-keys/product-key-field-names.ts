/**
 * The create-product-key payload's fields, in the order of its schema (product-key-schemas.ts
 * checks that it holds exactly these). Zod-free, so the form can place the server's field errors
 * without loading the schema with the page.
 */
export const createProductKeyFieldNames = [
  "providerOrganizationId",
  "organizationId",
  "productIds",
  "owner",
  "email",
  "key",
  "description",
  "valid",
  "slaDefinitionIds",
  "pricingRuleIds",
  "expiration",
  "startDate",
  "externalQuoteId",
  "quota",
  "consumedQuota",
  "quotaNotificationThreshold",
  "applications",
  "externalApplicationId",
  "notifyCreatorOnCreation",
  "notificationAddressesOnCreation",
  "notifyOwnerOnQuotaThreshold",
  "notificationAddressesOnQuotaThreshold",
  "disableOnPaymentFailure",
  "company",
  "consumerDataProviderConfigurationId",
  "allowMidPeriodCancellation",
  "notifyBeforeTrialExpiry",
  "firstName",
  "lastName",
  "tags",
  "namedConsumers",
  "namedOrganizations",
  "subscriptionId",
] as const;

export type CreateProductKeyFieldName = (typeof createProductKeyFieldNames)[number];
