import { defineOperation } from "@/lib/http/operation";
import { idParams } from "@/lib/http/params";
import {
  createProductKeySchema,
  enableProductKeySchema,
  productKeyListQuerySchema,
  productKeyReasonSchema,
  productKeyUsageQuerySchema,
  rotateProductKeySchema,
  updateProductKeySchema,
} from "./product-key-schemas";
import {
  productKeyPageWireSchema,
  productKeyUsageWireSchema,
  productKeyWireSchema,
  productKeyWithSecretWireSchema,
} from "./product-key-wire";

const tag = "Product keys";
/** An idempotent replay must not store (or answer) a secret. */
const withoutSecret = (result: unknown) => ({ ...(result as object), key: null });

export const listProductKeysOperation = defineOperation({
  method: "GET",
  path: "/api/product-keys",
  tag,
  summary: "List product keys",
  description:
    "The keys the caller's organization owns or provides (platform keys: all), newest first, in keyset pages: " +
    "pass nextCursor back as cursor. Narrow by owner or provider organization, product, status, tag, or q — the " +
    "start of a key (its first 12 characters are matched) or of the owner's email.",
  query: productKeyListQuerySchema,
  result: productKeyPageWireSchema,
});

export const createProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys",
  tag,
  summary: "Create a product key (subscription)",
  description:
    "Revenium's create-product-key payload. The products (all of one provider, each listed in the catalog) decide " +
    "the provider: only its people, or a platform key, may issue (a sent providerOrganizationId must match). SLA " +
    "definitions and pricing rules must be the provider's; a subscriptionId the owner organization's, to one of " +
    "the products. An email without an account gets one, invited to the owner organization. The answer carries " +
    "the key once: only its hash is kept (an idempotent replay answers key null). Without `key` one is generated.",
  body: createProductKeySchema,
  result: productKeyWithSecretWireSchema,
  status: 201,
  storedResult: withoutSecret,
});

export const getProductKeyOperation = defineOperation({
  method: "GET",
  path: "/api/product-keys/{id}",
  tag,
  summary: "Get a product key",
  description: "The owner organization, the provider and platform keys read it; others get 404.",
  params: idParams,
  result: productKeyWireSchema,
});

export const updateProductKeyOperation = defineOperation({
  method: "PUT",
  path: "/api/product-keys/{id}",
  tag,
  summary: "Change a product key",
  description:
    "The provider (or a platform key) changes the fields sent; null clears an optional one. Create's rules hold; " +
    "the provider and owner organization never change. changeSequence must be the one last read: a stale one " +
    "answers 409 and changes nothing. A revoked key answers 409.",
  params: idParams,
  body: updateProductKeySchema,
  result: productKeyWireSchema,
});

export const deleteProductKeyOperation = defineOperation({
  method: "DELETE",
  path: "/api/product-keys/{id}",
  tag,
  summary: "Delete a product key",
  description: "The provider deletes the key with its secrets and usage; the audit trail keeps its record.",
  params: idParams,
  status: 204,
});

export const rotateProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys/{id}/rotate",
  tag,
  summary: "Rotate a product key's secret",
  description:
    "Adds a secret, answered once in `key`. The secrets working until now keep working for graceHours (default " +
    "24; 0 ends them at once), so clients move over without downtime. The owner organization may rotate its own " +
    "keys. Send {} for the defaults.",
  params: idParams,
  body: rotateProductKeySchema,
  result: productKeyWithSecretWireSchema,
  storedResult: withoutSecret,
});

export const disableProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys/{id}/disable",
  tag,
  summary: "Disable a product key",
  description:
    "The provider switches the key off, saying why; verifies are refused until it is enabled. 409 if disabled.",
  params: idParams,
  body: productKeyReasonSchema,
  result: productKeyWireSchema,
});

export const enableProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys/{id}/enable",
  tag,
  summary: "Enable a disabled product key",
  description: "Send {} or a reason for the audit trail. 409 if the key is not disabled or is revoked.",
  params: idParams,
  body: enableProductKeySchema,
  result: productKeyWireSchema,
});

export const revokeProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys/{id}/revoke",
  tag,
  summary: "Revoke a product key for good",
  description:
    "Final: the key and every secret stop working and nothing about it changes any more. The owner organization " +
    "may revoke its own keys (a leak is theirs to stop at once); a reason is required.",
  params: idParams,
  body: productKeyReasonSchema,
  result: productKeyWireSchema,
});

export const productKeyUsageOperation = defineOperation({
  method: "GET",
  path: "/api/product-keys/{id}/usage",
  tag,
  summary: "A product key's usage per day",
  description: "Accepted and refused verifies and quota consumed per UTC day, oldest first, zeros included.",
  params: idParams,
  query: productKeyUsageQuerySchema,
  result: productKeyUsageWireSchema,
});
