import { defineOperation } from "@/lib/http/operation";
import { masStackErrors } from "./masstack-errors";
import {
  changeProductHeldSchema,
  changeSubscriptionProductSchema,
  masStackParams,
  subscriptionProductQuery,
  subscriptionProductSchema,
} from "./masstack-schemas";

const tag = "MasStack subscription products";
const path = "/api/v2/orgs/{orgId}/subscriptions/{subscriptionId}/products";
const common =
  "MasStack's (MásMóvil BSS v2) subscription products. orgId is the subscribing organization's slug, " +
  "subscriptionId the subscription's number. The subscriber, the product's provider and platform keys may call " +
  "it; anyone else gets 404 exactly like a missing subscription. Errors are MasStack's ErrorMessage; other " +
  "methods answer 405.";

export const getSubscriptionProductOperation = defineOperation({
  method: "GET",
  path,
  tag,
  summary: "Get a subscription's product",
  description:
    `${common} product.value is the product's name (the tariff) and product.plan its plan's; historic_date is ` +
    "when it took effect. product.scheduled is the product change still waiting — pending for its date (applied " +
    "by the subscriptions job at process_date) or held for risk review — else null. bundle is always null.",
  params: masStackParams,
  query: subscriptionProductQuery,
  result: subscriptionProductSchema,
  problemDialect: masStackErrors,
});

export const changeSubscriptionProductOperation = defineOperation({
  method: "POST",
  path,
  tag,
  summary: "Change a subscription's product",
  description:
    `${common} productId names the product by its number; the subscription moves to its one plan (a product ` +
    "with several plans answers 400), now or on scheduled_date. 201: changed now, or scheduled (see " +
    "product.scheduled), with the subscription's product as GET answers it. 202: held by the risk check (a barred " +
    "subscription or a suspended organization) — the change waits in the review queue until the provider or a " +
    "platform admin approves or rejects it. A product outside the current product's compatibilities answers " +
    "400, an unknown one 404; one product change waits at a time (another answers 409).",
  params: masStackParams,
  body: changeSubscriptionProductSchema,
  result: subscriptionProductSchema,
  status: 201,
  otherResponses: { 202: { description: "Held for risk review", result: changeProductHeldSchema } },
  problemDialect: masStackErrors,
});
