import * as op from "@/lib/catalog/operations";
import { deleteProductGroup, getProductGroup, updateProductGroup } from "@/lib/catalog/product-groups";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.getProductGroupOperation, ({ actor, params }) =>
    getProductGroup({ actor, id: params.id }),
  ),
  PUT: endpoint(op.updateProductGroupOperation, ({ actor, params, body }) =>
    updateProductGroup({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(op.deleteProductGroupOperation, ({ actor, params }) =>
    deleteProductGroup({ actor, id: params.id }),
  ),
});
