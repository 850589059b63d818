import * as op from "@/lib/catalog/operations";
import { planVersions } from "@/lib/catalog/plans";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.planVersionsOperation, ({ actor, params }) =>
    planVersions({ actor, productId: params.id, planId: params.planId }),
  ),
});
