import { pricingRuleOperations as op } from "@/lib/catalog/operations";
import { createPricingRule, listPricingRules } from "@/lib/catalog/pricing-rules";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.list, ({ actor, query }) =>
    listPricingRules({ actor, providerOrganizationId: query.providerOrganizationId }),
  ),
  POST: endpoint(op.create, ({ actor, body }) => createPricingRule({ actor, input: body })),
});
