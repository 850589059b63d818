import { slaDefinitionOperations as op } from "@/lib/catalog/operations";
import { deleteSlaDefinition, getSlaDefinition, updateSlaDefinition } from "@/lib/catalog/sla-definitions";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.get, ({ actor, params }) => getSlaDefinition({ actor, id: params.id })),
  PUT: endpoint(op.update, ({ actor, params, body }) =>
    updateSlaDefinition({ actor, id: params.id, input: body }),
  ),
  DELETE: endpoint(op.remove, ({ actor, params }) => deleteSlaDefinition({ actor, id: params.id })),
});
