import { defineOperation } from "@/lib/http/operation";
import { idParams } from "@/lib/http/params";
import { apiKeyListQuerySchema, apiKeyListSchema, createApiKeySchema, createdApiKeySchema } from "./schemas";

const tag = "API keys";

export const listApiKeysOperation = defineOperation({
  method: "GET",
  path: "/api/api-keys",
  tag,
  summary: "List API keys",
  description:
    "The calling key's organization's keys. Platform keys may name an organization or ask for platform keys.",
  query: apiKeyListQuerySchema,
  result: apiKeyListSchema,
});

export const createApiKeyOperation = defineOperation({
  method: "POST",
  path: "/api/api-keys",
  tag,
  summary: "Create an API key",
  description: "Answers the full key once. An idempotent replay answers the key's record without the secret.",
  body: createApiKeySchema,
  result: createdApiKeySchema,
  status: 201,
  storedResult: (result) => ({ ...(result as object), key: null }),
});

export const revokeApiKeyOperation = defineOperation({
  method: "DELETE",
  path: "/api/api-keys/{id}",
  tag,
  summary: "Revoke an API key",
  description: "Revoked keys answer 401 from then on. Revoking a revoked key is harmless.",
  params: idParams,
  status: 204,
});
