import { apiRoute, endpoint } from "@/lib/http/api-route";
import { listMembers } from "@/lib/members/list-members";
import { listMembersOperation } from "@/lib/organizations/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(listMembersOperation, ({ actor, params }) =>
    listMembers({ actor, organizationId: params.id }),
  ),
});
