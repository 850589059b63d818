import { apiRoute, endpoint } from "@/lib/http/api-route";
import { createAccountSubscription } from "@/lib/subscriptions/astra/create-account-subscription";
import { listAccountSubscriptions } from "@/lib/subscriptions/astra/list-account-subscriptions";
import {
  collectionProblems,
  createAstraSubscriptionOperation,
  listAstraSubscriptionsOperation,
} from "@/lib/subscriptions/astra/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    GET: endpoint(listAstraSubscriptionsOperation, ({ actor, params, query, request }) =>
      listAccountSubscriptions({
        actor,
        accountId: params.account_id,
        query,
        parameterNames: new URL(request.url).searchParams.keys(),
      }),
    ),
    POST: endpoint(createAstraSubscriptionOperation, ({ actor, params, body }) =>
      createAccountSubscription({ actor, accountId: params.account_id, input: body }),
    ),
  },
  collectionProblems.render,
);
