import { pricingRuleOperations as op } from "@/lib/catalog/operations";
import { deletePricingRule, getPricingRule, updatePricingRule } from "@/lib/catalog/pricing-rules";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.get, ({ actor, params }) => getPricingRule({ actor, id: params.id })),
  PUT: endpoint(op.update, ({ actor, params, body }) =>
    updatePricingRule({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(op.remove, ({ actor, params }) => deletePricingRule({ actor, id: params.id })),
});
