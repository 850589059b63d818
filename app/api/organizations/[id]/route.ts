import { apiRoute, endpoint } from "@/lib/http/api-route";
import { closeOrganization } from "@/lib/organizations/change-organization-status";
import { getOrganization } from "@/lib/organizations/get-organization";
import {
  closeOrganizationOperation,
  getOrganizationOperation,
  updateOrganizationOperation,
} from "@/lib/organizations/operations";
import { updateOrganization } from "@/lib/organizations/update-organization";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(getOrganizationOperation, ({ actor, params }) => getOrganization({ actor, id: params.id })),
  PUT: endpoint(updateOrganizationOperation, ({ actor, params, body }) =>
    updateOrganization({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(closeOrganizationOperation, async ({ actor, params }) => {
    await closeOrganization({ actor, id: params.id, reason: "Closed through the API" });
  }),
});
