import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { createApiKeyOperation, listApiKeysOperation } from "@/lib/api-keys/operations";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(listApiKeysOperation, async ({ actor, query }) => ({
    items: await listApiKeys({ actor, organizationId: query.organizationId, platform: query.platform }),
  })),
  POST: endpoint(createApiKeyOperation, ({ actor, body }) => createApiKey({ actor, input: body })),
});
