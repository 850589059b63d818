import { apiRoute, endpoint } from "@/lib/http/api-route";
import { productKeyUsage } from "@/lib/product-keys";
import { productKeyUsageOperation } from "@/lib/product-keys/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(productKeyUsageOperation, async ({ actor, params, query }) => ({
    productKeyId: params.id,
    days: await productKeyUsage({ actor, id: params.id, days: query.days }),
  })),
});
