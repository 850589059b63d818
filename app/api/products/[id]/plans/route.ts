import * as op from "@/lib/catalog/operations";
import { createPlan, listPlans } from "@/lib/catalog/plans";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.listPlansOperation, ({ actor, params }) => listPlans({ actor, productId: params.id })),
  POST: endpoint(op.createPlanOperation, ({ actor, params, body }) =>
    createPlan({ actor, productId: params.id, input: body }),
  ),
});
