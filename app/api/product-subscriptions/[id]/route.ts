import { apiRoute, endpoint } from "@/lib/http/api-route";
import {
  deleteProductSubscriptionOperation,
  getProductSubscriptionOperation,
  updateProductSubscriptionOperation,
} from "@/lib/subscriptions/operations";
import {
  deleteProductSubscription,
  getProductSubscription,
  updateProductSubscription,
} from "@/lib/subscriptions/product-subscriptions";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(getProductSubscriptionOperation, ({ actor, params }) =>
    getProductSubscription({ actor, id: params.id }),
  ),
  PUT: endpoint(updateProductSubscriptionOperation, ({ actor, params, body }) =>
    updateProductSubscription({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(deleteProductSubscriptionOperation, ({ actor, params }) =>
    deleteProductSubscription({ actor, id: params.id }),
  ),
});
