import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadProductKey } from "./load-product-key";
import { enableProductKeySchema, productKeyReasonSchema } from "./product-key-schemas";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";
import { assertNotRevoked, saveProductKey } from "./save-product-key";

/**
 * The provider switches a key off, saying why (kept on the key and audited); every verify is
 * refused until it is enabled again. Its secrets stay as they are.
 */
export async function disableProductKey({
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
    const { productKey } = await loadProductKey(tx, actor, id, "manageKey");
    assertNotRevoked(productKey);
    if (productKey.disabledOn) throw new AppError("conflict", "This product key is disabled already.");
    const saved = await saveProductKey(tx, actor, productKey, {
      action: "disable",
      values: { disabledOn: now(), disabledReason: reason },
      changeSequence,
    });
    return (await presentProductKeys(tx, [saved]))[0]!;
  });
}

/** Switches a disabled key back on; the reason, if given, goes to the audit trail. */
export async function enableProductKey({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<ProductKeyView> {
  const { reason, changeSequence } = parseInput(enableProductKeySchema, input ?? {});
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { productKey } = await loadProductKey(tx, actor, id, "manageKey");
    assertNotRevoked(productKey);
    if (!productKey.disabledOn) throw new AppError("conflict", "This product key is not disabled.");
    const saved = await saveProductKey(tx, actor, productKey, {
      action: "enable",
      values: { disabledOn: null, disabledReason: null },
      changeSequence,
      audit: {
        before: { disabledOn: productKey.disabledOn, disabledReason: productKey.disabledReason },
        after: { reason: reason ?? null },
      },
    });
    return (await presentProductKeys(tx, [saved]))[0]!;
  });
}
