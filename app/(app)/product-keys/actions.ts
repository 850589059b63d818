"use server";

import { action } from "@/lib/actions/action";
import { createProductKey, createProductKeySchema } from "@/lib/product-keys";

// Every export here is a public endpoint: each goes through action(), and the product key
// domain asks the commercial policy whether this actor may do it to this key and validates the
// payload. The provider's screens and the customer portal share these: the policy, not the
// page, tells them apart. Answers carry only what the screen shows next; a secret appears in
// the create and rotate answers this once, as it does in the API's.

export const createProductKeyAction = action(
  { payload: createProductKeySchema },
  async ({ actor, input }) => {
    const { productKey, key } = await createProductKey({ actor, input });
    return { id: productKey.id, key };
  },
);
