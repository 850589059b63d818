import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { changeSequenceSchema, integer } from "@/lib/input/numbers";
import { line, singleLine, text } from "@/lib/input/text";
import { amountSchema, currencySchema } from "@/lib/money-schemas";
import type { ProductFieldName } from "./product-field-names";

const order = integer({ min: 0, max: 1_000_000 }).default(0);

export const productGroupFieldsSchema = z.object({
  name: line(120, { min: 1 }),
  description: text(1000).default(""),
  overviewMarkdown: text(50_000).default(""),
  order,
  active: z.boolean().default(true),
  /** Platform admins only: the provider that runs the group (none: a platform group). */
  providerOrganizationId: uuid().nullable().optional(),
});
export type ProductGroupInput = z.input<typeof productGroupFieldsSchema>;

export const updateProductGroupSchema = productGroupFieldsSchema.extend({
  changeSequence: changeSequenceSchema,
});

export const productStatusSchema = z.enum(["DRAFT", "PUBLISHED"]);
export const accessExchangeTypeSchema = z.enum(["GENERATE_TOKEN", "MANUAL_EXCHANGE"]);

const base64 = z
  .string()
  .max(1_400_000, "a template may be at most about 1 MB")
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64");

/**
 * A product: Kodexa's `product` with the marketplace's publishing fields (`productStatus`,
 * `publiclyAvailable`, `supportMultiplePlans`, `colour`) and the access definition used when
 * a plan is approved. `price` is a decimal amount in `currency`, stored in minor units.
 */
export const productFieldsSchema = z.object({
  name: line(50, { min: 3 }),
  description: text(240).default(""),
  detailedDescription: text(10_000).default(""),
  overviewMarkdown: text(50_000).default(""),
  imageUrl: z
    .union([
      z.literal("").transform(() => null),
      singleLine(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000)),
    ])
    .nullable()
    .optional(),
  price: amountSchema.nullable().optional(),
  currency: currencySchema.default("USD"),
  priceId: line(255).nullable().optional(),
  priceSuffix: line(30).nullable().optional(),
  numberOfCredits: integer({ min: 0 }).nullable().optional(),
  hasQuantity: z.boolean().default(false),
  order,
  promoted: z.boolean().default(false),
  active: z.boolean().default(true),
  projectTemplates: z.array(base64).max(20, "at most 20 templates").default([]),
  productGroupId: uuid().nullable().optional(),
  productStatus: productStatusSchema.default("DRAFT"),
  publiclyAvailable: z.boolean().default(false),
  supportMultiplePlans: z.boolean().default(false),
  colour: line(32).nullable().optional(),
  accessExchangeType: accessExchangeTypeSchema.default("GENERATE_TOKEN"),
  /** Platform admins name the provider; a provider's own staff always publish as their organization. */
  providerOrganizationId: uuid().optional(),
  compatibleProductIds: z.array(uuid()).max(200, "may hold at most 200 products").default([]),
  // The editor places field errors by productFieldNames: a field added here without it is an error.
} satisfies Record<ProductFieldName, z.ZodType>);
export type ProductInput = z.input<typeof productFieldsSchema>;

export const updateProductSchema = productFieldsSchema.extend({ changeSequence: changeSequenceSchema });

export const archiveProductSchema = z.object({
  reason: text(500).min(3, "say why, in a few words"),
  changeSequence: changeSequenceSchema,
});

const groupView = {
  id: z.string(),
  uuid: z.string(),
  name: z.string(),
  description: z.string(),
  overviewMarkdown: z.string(),
  order: z.number().int(),
  active: z.boolean(),
  providerOrganizationId: z.string().nullable(),
  searchText: z.string(),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
};

export const productGroupSchema = z.object({ ...groupView, products: z.array(z.unknown()) });
export type ProductGroupView = z.infer<typeof productGroupSchema>;

export const productSchema = z.object({
  id: z.string(),
  uuid: z.string(),
  name: z.string(),
  description: z.string(),
  detailedDescription: z.string(),
  overviewMarkdown: z.string(),
  imageUrl: z.string().nullable(),
  hasImage: z.boolean().describe("An image was uploaded: GET /api/products/{id}/image"),
  price: z.number().nullable().describe("Decimal amount in currency; exact to the currency's minor unit"),
  currency: z.string(),
  priceId: z.string().nullable(),
  priceSuffix: z.string().nullable(),
  numberOfCredits: z.number().int().nullable(),
  hasQuantity: z.boolean(),
  order: z.number().int(),
  promoted: z.boolean(),
  active: z.boolean(),
  projectTemplates: z.array(z.string()),
  productGroupId: z.string().nullable(),
  productGroup: productGroupSchema.nullable(),
  productStatus: productStatusSchema,
  publiclyAvailable: z.boolean(),
  supportMultiplePlans: z.boolean(),
  colour: z.string().nullable(),
  accessExchangeType: accessExchangeTypeSchema,
  providerOrganizationId: z.string(),
  compatibleProductIds: z.array(z.string()),
  archivedOn: z.string().nullable(),
  archiveReason: z.string().nullable(),
  searchText: z.string(),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type ProductView = z.infer<typeof productSchema>;

export const productFilterSchema = z.object({
  query: line(200).optional(),
  status: productStatusSchema.optional(),
  productGroupId: uuid().optional(),
  providerOrganizationId: uuid().optional(),
  active: z.enum(["true", "false"]).optional(),
  /** "true": only what customers see (published, active, public, not archived), whoever asks. */
  listed: z.enum(["true"]).optional(),
});
export const productSortFields = ["order", "name", "createdOn", "price"] as const;
export const productGroupSortFields = ["order", "name", "createdOn"] as const;

/** A batch of product CSV records (lib/catalog/product-csv.ts), as the import sends them. */
export const importRowsSchema = z.object({
  rows: z
    .array(z.object({ line: z.number().int().min(1), record: z.record(z.string(), z.string().max(60_000)) }))
    .min(1)
    .max(100, "send at most 100 rows at a time"),
});
