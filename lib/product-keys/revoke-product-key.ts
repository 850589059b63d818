import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeySecrets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { loadProductKey } from "./load-product-key";
import { productKeyReasonSchema } from "./product-key-schemas";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";
import { assertNotRevoked, saveProductKey } from "./save-product-key";

/**
 * Revokes a key for good, with every secret it has: the answer to a leak. The owner may revoke
 * its own keys (it is theirs to kill at once), the provider and platform admins any of theirs.
 */
export async function revokeProductKey({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<ProductKeyView> {
  const { reason, changeSequence } = parseInput(productKeyReasonSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { productKey } = await loadProductKey(tx, actor, id, "revokeKey");
    assertNotRevoked(productKey);
    const at = now();
    await tx
      .update(productKeySecrets)
      .set({ revokedOn: at })
      .where(and(eq(productKeySecrets.productKeyId, id), isNull(productKeySecrets.revokedOn)));
    const saved = await saveProductKey(tx, actor, productKey, {
      action: "revoke",
      values: { revokedOn: at, revokedReason: reason },
      changeSequence,
    });
    return (await presentProductKeys(tx, [saved]))[0]!;
  });
}
