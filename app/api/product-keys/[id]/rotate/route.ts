import { apiRoute, endpoint } from "@/lib/http/api-route";
import { rotateProductKey } from "@/lib/product-keys";
import { rotateProductKeyOperation } from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(rotateProductKeyOperation, async ({ actor, params, body }) => {
    const { productKey, key } = await rotateProductKey({ actor, id: params.id, input: body });
    return { ...productKeyToWire(productKey), key };
  }),
});
