import * as op from "@/lib/catalog/operations";
import { getProduct } from "@/lib/catalog/product-reads";
import { deleteProduct, updateProduct } from "@/lib/catalog/product-writes";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.getProductOperation, ({ actor, params }) => getProduct({ actor, id: params.id })),
  PUT: endpoint(op.updateProductOperation, ({ actor, params, body }) =>
    updateProduct({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(op.deleteProductOperation, ({ actor, params }) => deleteProduct({ actor, id: params.id })),
});
