import { apiRoute, endpoint } from "@/lib/http/api-route";
import {
  deleteAccountSubscription,
  getAccountSubscription,
} from "@/lib/subscriptions/astra/account-subscription";
import {
  deleteAstraSubscriptionOperation,
  getAstraSubscriptionOperation,
  itemProblems,
  replaceAstraSubscriptionOperation,
} from "@/lib/subscriptions/astra/operations";
import { replaceAccountSubscription } from "@/lib/subscriptions/astra/replace-account-subscription";

const target = (params: { account_id: string; subscription_id: string }) => ({
  accountId: params.account_id,
  id: params.subscription_id,
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    GET: endpoint(getAstraSubscriptionOperation, ({ actor, params }) =>
      getAccountSubscription({ actor, ...target(params) }),
    ),
    PUT: endpoint(replaceAstraSubscriptionOperation, ({ actor, params, body }) =>
      replaceAccountSubscription({ actor, ...target(params), input: body }),
    ),
    DELETE: endpoint(deleteAstraSubscriptionOperation, ({ actor, params }) =>
      deleteAccountSubscription({ actor, ...target(params) }),
    ),
  },
  itemProblems.render,
);
