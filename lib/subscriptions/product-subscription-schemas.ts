import { z } from "zod";
import { organizationSchema } from "@/lib/organizations/schemas";
import { productSchema } from "@/lib/catalog/schemas";

const quantity = z.number().int("must be a whole number").min(1, "must be at least 1").max(1_000_000);

/**
 * Kodexa's product subscription payload. Clients may name the product and organization flat
 * (`productId`, `organizationId`) or nested (`product.id`, `organization.id`); everything
 * else they echo back is read-only and ignored. The organization is the caller's own unless a
 * platform key names another.
 */
export const createProductSubscriptionSchema = z
  .object({
    productId: z.uuid("must be a UUID").optional(),
    product: z
      .object({ id: z.uuid("must be a UUID") })
      .partial()
      .optional(),
    organizationId: z.uuid("must be a UUID").optional(),
    organization: z
      .object({ id: z.uuid("must be a UUID") })
      .partial()
      .optional(),
    quantity: quantity.default(1),
  })
  .transform(({ productId, product, organizationId, organization, quantity }) => ({
    productId: productId ?? product?.id,
    organizationId: organizationId ?? organization?.id,
    quantity,
  }))
  .refine((v) => !!v.productId, { message: "is required", path: ["productId"] });

export const updateProductSubscriptionSchema = z.object({
  quantity,
  changeSequence: z.number().int().min(1),
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
