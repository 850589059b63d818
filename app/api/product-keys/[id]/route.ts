import { apiRoute, endpoint } from "@/lib/http/api-route";
import { deleteProductKey, getProductKey, updateProductKey } from "@/lib/product-keys";
import {
  deleteProductKeyOperation,
  getProductKeyOperation,
  updateProductKeyOperation,
} from "@/lib/product-keys/operations";
import { productKeyToWire } from "@/lib/product-keys/product-key-wire";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(getProductKeyOperation, async ({ actor, params }) =>
    productKeyToWire(await getProductKey({ actor, id: params.id })),
  ),
  PUT: endpoint(updateProductKeyOperation, async ({ actor, params, body }) =>
    productKeyToWire(await updateProductKey({ actor, id: params.id, input: body })),
  ),
  DELETE: endpoint(deleteProductKeyOperation, ({ actor, params }) =>
    deleteProductKey({ actor, id: params.id }),
  ),
});
