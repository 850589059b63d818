import { apiRoute, endpoint } from "@/lib/http/api-route";
import { enableProductKey } from "@/lib/product-keys";
import { enableProductKeyOperation } from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(enableProductKeyOperation, async ({ actor, params, body }) =>
    productKeyToWire(await enableProductKey({ actor, id: params.id, input: body })),
  ),
});
