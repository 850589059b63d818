import { defineOperation } from "@/lib/http/operation";
import { uuid } from "@/lib/input/identifiers";
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
  description:
    "The live subscriptions the caller's organization subscribes to or provides (platform keys: all), newest first. " +
    "Ended (deleted) subscriptions are left out. Narrow with organizationId and productId.",
  query: springPageQuerySchema.extend({ organizationId: uuid().optional(), productId: uuid().optional() }),
  result: springPageSchema(productSubscriptionSchema),
});
export const createProductSubscriptionOperation = defineOperation({
  method: "POST",
  path: "/api/product-subscriptions",
  tag,
  summary: "Create a product subscription",
  description:
    "Kodexa's ProductSubscription. Name the product as productId or product.id (and, for a platform key or the " +
    "product's provider, the organization as organizationId or organization.id); every other field is read-only and " +
    "ignored. Only active organizations subscribe; quantity above 1 only for products sold by quantity.",
  body: createProductSubscriptionSchema,
  result: productSubscriptionSchema,
  status: 201,
});
export const getProductSubscriptionOperation = defineOperation({
  method: "GET",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Get a product subscription",
  description: "An ended (deleted) subscription answers 404.",
  params: idParams,
  result: productSubscriptionSchema,
});
export const updateProductSubscriptionOperation = defineOperation({
  method: "PUT",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Change a product subscription's quantity",
  description: "changeSequence must be the one last read: a stale one answers 409 and changes nothing.",
  params: idParams,
  body: updateProductSubscriptionSchema,
  result: productSubscriptionSchema,
});
export const deleteProductSubscriptionOperation = defineOperation({
  method: "DELETE",
  path: "/api/product-subscriptions/{id}",
  tag,
  summary: "Cancel (delete) a product subscription",
  description:
    "Ends the subscription now. Its record and history are kept (subscription screens still show it); through this " +
    "API it is gone: a later GET answers 404.",
  params: idParams,
  status: 204,
});
