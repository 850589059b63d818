import { apiRoute, endpoint } from "@/lib/http/api-route";
import {
  createProductSubscriptionOperation,
  listProductSubscriptionsOperation,
} from "@/lib/subscriptions/operations";
import {
  createProductSubscription,
  pageProductSubscriptions,
} from "@/lib/subscriptions/product-subscriptions";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(
    listProductSubscriptionsOperation,
    ({ actor, query: { organizationId, productId, ...page } }) =>
      pageProductSubscriptions({ actor, page, organizationId, productId }),
  ),
  POST: endpoint(createProductSubscriptionOperation, ({ actor, body }) =>
    createProductSubscription({ actor, input: body }),
  ),
});
