import { apiRoute, endpoint } from "@/lib/http/api-route";
import { createOrganization } from "@/lib/organizations/create-organization";
import { pageOrganizations } from "@/lib/organizations/list-organizations";
import { createOrganizationOperation, listOrganizationsOperation } from "@/lib/organizations/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(listOrganizationsOperation, ({ actor, query: { page, size, sort, ...filter } }) =>
    pageOrganizations({ actor, filter, page: { page, size, sort } }),
  ),
  POST: endpoint(createOrganizationOperation, ({ actor, body }) =>
    createOrganization({ actor, input: body }),
  ),
});
