/**
 * The product payload's fields, in the order of its schema (lib/catalog/schemas.ts checks that
 * it holds exactly these). Zod-free, so the editor can place the server's field errors without
 * loading the schema with the page.
 */
export const productFieldNames = [
  "name",
  "description",
  "detailedDescription",
  "overviewMarkdown",
  "imageUrl",
  "price",
  "currency",
  "priceId",
  "priceSuffix",
  "numberOfCredits",
  "hasQuantity",
  "order",
  "promoted",
  "active",
  "projectTemplates",
  "productGroupId",
  "productStatus",
  "publiclyAvailable",
  "supportMultiplePlans",
  "colour",
  "accessExchangeType",
  "providerOrganizationId",
  "compatibleProductIds",
] as const;

export type ProductFieldName = (typeof productFieldNames)[number];
