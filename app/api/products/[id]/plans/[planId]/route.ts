import * as op from "@/lib/catalog/operations";
import { deletePlan, getPlan, updatePlan } from "@/lib/catalog/plans";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.getPlanOperation, ({ actor, params, query }) =>
    getPlan({ actor, productId: params.id, planId: params.planId, version: query.version }),
  ),
  PUT: endpoint(op.updatePlanOperation, ({ actor, params, body }) =>
    updatePlan({ actor, productId: params.id, planId: params.planId, input: body }),
  ),
  DELETE: endpoint(op.deletePlanOperation, ({ actor, params }) =>
    deletePlan({ actor, productId: params.id, planId: params.planId }),
  ),
});
