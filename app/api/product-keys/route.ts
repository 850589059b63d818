import { apiRoute, endpoint } from "@/lib/http/api-route";
import { createProductKey, listProductKeys } from "@/lib/product-keys";
import { createProductKeyOperation, listProductKeysOperation } from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(listProductKeysOperation, async ({ actor, query }) => {
    const { items, nextCursor } = await listProductKeys({ actor, query });
    return { items: items.map(productKeyToWire), nextCursor };
  }),
  POST: endpoint(createProductKeyOperation, async ({ actor, body }) => {
    const { productKey, key } = await createProductKey({ actor, input: body });
    return { ...productKeyToWire(productKey), key };
  }),
});
