import { apiRoute, endpoint } from "@/lib/http/api-route";
import { revokeProductKey } from "@/lib/product-keys";
import { revokeProductKeyOperation } from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(revokeProductKeyOperation, async ({ actor, params, body }) =>
    productKeyToWire(await revokeProductKey({ actor, id: params.id, input: body })),
  ),
});
