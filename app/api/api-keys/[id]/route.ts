import { revokeApiKeyOperation } from "@/lib/api-keys/operations";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  DELETE: endpoint(revokeApiKeyOperation, async ({ actor, params }) => {
    await revokeApiKey({ actor, id: params.id });
  }),
});
