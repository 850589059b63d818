import * as op from "@/lib/catalog/operations";
import { getProductImage, setProductImage } from "@/lib/catalog/product-image";
import { apiRoute, endpoint, FileResult } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(op.getProductImageOperation, async ({ actor, params }) => {
    const image = await getProductImage({ actor, productId: params.id });
    return new FileResult(image.contentType, image.data);
  }),
  PUT: endpoint(op.setProductImageOperation, ({ actor, params, bytes }) =>
    setProductImage({ actor, productId: params.id, bytes }),
  ),
});
