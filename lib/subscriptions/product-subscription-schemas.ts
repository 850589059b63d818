import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { changeSequenceSchema } from "@/lib/input/numbers";
import { organizationSchema } from "@/lib/organizations/schemas";
import { productSchema } from "@/lib/catalog/schemas";
import { quantitySchema as quantity } from "./subscription-schemas";

/**
 * Kodexa's product subscription payload. Clients may name the product and organization flat
 * (`productId`, `organizationId`) or nested (`product.id`, `organization.id`); everything
 * else they echo back (`id`, `changeSequence`, dates, the nested objects' other fields) is
 * read-only and ignored. The organization is the caller's own unless a platform key, or the
 * product's provider, names another.
 */
export const createProductSubscriptionSchema = z
  .object({
    productId: uuid().nullish(),
    product: z.object({ id: uuid() }).partial().nullish(),
    organizationId: uuid().nullish(),
    organization: z.object({ id: uuid() }).partial().nullish(),
    quantity: quantity.default(1),
  })
  .transform(({ productId, product, organizationId, organization, quantity }) => ({
    productId: productId ?? product?.id ?? undefined,
    organizationId: organizationId ?? organization?.id ?? undefined,
    quantity,
  }))
  .refine((v) => !!v.productId, { message: "is required", path: ["productId"] });

export const updateProductSubscriptionSchema = z.object({
  quantity,
  changeSequence: changeSequenceSchema,
});

export const productSubscriptionSchema = z.object({
  id: z.string(),
  uuid: z.string(),
  organizationId: z.string(),
  organization: organizationSchema,
  productId: z.string(),
  product: productSchema,
  quantity: z.number().int(),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type ProductSubscriptionView = z.infer<typeof productSubscriptionSchema>;
