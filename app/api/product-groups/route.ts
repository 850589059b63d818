import * as op from "@/lib/catalog/operations";
import { createProductGroup, pageProductGroups } from "@/lib/catalog/product-groups";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.listProductGroupsOperation, ({ actor, query: { query, ...page } }) =>
    pageProductGroups({ actor, page, query }),
  ),
  POST: endpoint(op.createProductGroupOperation, ({ actor, body }) =>
    createProductGroup({ actor, input: body }),
  ),
});
