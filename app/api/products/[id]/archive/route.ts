import * as op from "@/lib/catalog/operations";
import { archiveProduct } from "@/lib/catalog/product-writes";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(op.archiveProductOperation, ({ actor, params, body }) =>
    archiveProduct({ actor, id: params.id, input: body }),
  ),
});
