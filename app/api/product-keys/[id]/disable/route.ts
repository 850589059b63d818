import { apiRoute, endpoint } from "@/lib/http/api-route";
import { disableProductKey } from "@/lib/product-keys";
import { disableProductKeyOperation } from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(disableProductKeyOperation, async ({ actor, params, body }) =>
    productKeyToWire(await disableProductKey({ actor, id: params.id, input: body })),
  ),
});
