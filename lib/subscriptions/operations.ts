import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";
import { idParams } from "@/lib/http/params";
import { springPageQuerySchema, springPageSchema } from "@/lib/http/spring-page";
import {
  createProductSubscriptionSchema,
  productSubscriptionSchema,
  updateProductSubscriptionSchema,
} from "./product-subscription-schemas";

const tag = "Product subscriptions";

export const listProductSubscriptionsOperation = defineOperation({
  method: "GET",
  path: "/api/product-subscriptions",
  tag,
  summary: "List product subscriptions",
  description: "The calling organization's; platform keys see all, or one organization's.",
  query: springPageQuerySchema.extend({ organizationId: z.uuid().optional() }),
  result: springPageSchema(productSubscriptionSchema),
});
export const createProductSubscriptionOperation = defineOperation({
  method: "POST",
  path: "/api/product-subscriptions",
  tag,
  summary: "Create a product subscription",
  description:
    "Kodexa's ProductSubscription. Name the product as productId or product.id. Only active organizations subscribe; " +
    "quantity above 1 only for products sold by quantity.",
  body: createProductSubscriptionSchema,
  result: productSubscriptionSchema,
  status: 201,
});
export const getProductSubscriptionOperation = defineOperation({
  method: "GET",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Get a product subscription",
  params: idParams,
  result: productSubscriptionSchema,
});
export const updateProductSubscriptionOperation = defineOperation({
  method: "PUT",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Change a product subscription's quantity",
  params: idParams,
  body: updateProductSubscriptionSchema,
  result: productSubscriptionSchema,
});
export const deleteProductSubscriptionOperation = defineOperation({
  method: "DELETE",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Cancel (delete) a product subscription",
  params: idParams,
  status: 204,
});
