import * as op from "@/lib/catalog/operations";
import { pageProducts } from "@/lib/catalog/product-reads";
import { createProduct } from "@/lib/catalog/product-writes";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.listProductsOperation, ({ actor, query: { page, size, sort, ...filter } }) =>
    pageProducts({ actor, filter, page: { page, size, sort } }),
  ),
  POST: endpoint(op.createProductOperation, ({ actor, body }) => createProduct({ actor, input: body })),
});
