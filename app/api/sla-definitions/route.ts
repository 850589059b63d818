import { slaDefinitionOperations as op } from "@/lib/catalog/operations";
import { createSlaDefinition, listSlaDefinitions } from "@/lib/catalog/sla-definitions";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.list, ({ actor, query }) =>
    listSlaDefinitions({ actor, providerOrganizationId: query.providerOrganizationId }),
  ),
  POST: endpoint(op.create, ({ actor, body }) => createSlaDefinition({ actor, input: body })),
});
