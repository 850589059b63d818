"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
import {
  bulkKeyStatusSchema,
  createProductKey,
  createProductKeySchema,
  disableProductKey,
  enableProductKey,
  enableProductKeySchema,
  productKeyReasonSchema,
  revokeProductKey,
  rotateProductKey,
  rotateProductKeySchema,
  setProductKeysStatus,
} from "@/lib/product-keys";
import { searchListedSubscribers, subscriberSearchSchema } from "@/lib/subscriptions";

// Every export here is a public endpoint: each goes through action(), and the product key
// domain asks the commercial policy whether this actor may do it to this key and validates the
// payload. The provider's screens and the customer portal share these: the policy, not the
// page, tells them apart. Answers carry only what the screen shows next; a secret appears in
// the create and rotate answers this once, as it does in the API's.

const keyRoute = z.object({ productKeyId: uuid() });

/** The keys list's organization filter: the owner organizations its rows may show. */
export const searchKeyOwnersAction = action({ payload: subscriberSearchSchema }, ({ actor, input }) =>
  searchListedSubscribers({ actor, list: "productKeys", input }),
);

export const createProductKeyAction = action(
  { payload: createProductKeySchema },
  async ({ actor, input }) => {
    const { productKey, key } = await createProductKey({ actor, input });
    return { id: productKey.id, key };
  },
);

export const rotateProductKeyAction = action(
  { route: keyRoute, payload: rotateProductKeySchema },
  async ({ actor, route, input }) => {
    const { key } = await rotateProductKey({ actor, id: route.productKeyId, input });
    return { key };
  },
);

export const disableProductKeyAction = action(
  { route: keyRoute, payload: productKeyReasonSchema },
  async ({ actor, route, input }) => {
    await disableProductKey({ actor, id: route.productKeyId, input });
  },
);

export const enableProductKeyAction = action(
  { route: keyRoute, payload: enableProductKeySchema },
  async ({ actor, route, input }) => {
    await enableProductKey({ actor, id: route.productKeyId, input });
  },
);

export const revokeProductKeyAction = action(
  { route: keyRoute, payload: productKeyReasonSchema },
  async ({ actor, route, input }) => {
    await revokeProductKey({ actor, id: route.productKeyId, input });
  },
);

export const bulkKeyStatusAction = action(
  { payload: bulkKeyStatusSchema },
  ({ actor, input }) => setProductKeysStatus({ actor, input }),
  { revalidate: ["/product-keys"] },
);
