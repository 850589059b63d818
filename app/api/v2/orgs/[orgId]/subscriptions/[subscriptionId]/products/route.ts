import { apiRoute, endpoint } from "@/lib/http/api-route";
import { changeSubscriptionProduct } from "@/lib/subscriptions/masstack/change-subscription-product";
import { masStackErrors } from "@/lib/subscriptions/masstack/masstack-errors";
import {
  changeSubscriptionProductOperation,
  getSubscriptionProductOperation,
} from "@/lib/subscriptions/masstack/operations";
import { getSubscriptionProduct } from "@/lib/subscriptions/masstack/subscription-product";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    GET: endpoint(getSubscriptionProductOperation, ({ actor, params, query }) =>
      getSubscriptionProduct({
        actor,
        orgId: params.orgId,
        number: params.subscriptionId,
        include: query.query?.include ?? [],
      }),
    ),
    POST: endpoint(changeSubscriptionProductOperation, ({ actor, params, body }) =>
      changeSubscriptionProduct({ actor, orgId: params.orgId, number: params.subscriptionId, input: body }),
    ),
  },
  masStackErrors.render,
);
