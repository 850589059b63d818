import "server-only";
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeySecrets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { addProductKeySecret } from "./add-product-key-secret";
import { loadProductKey } from "./load-product-key";
import { rotateProductKeySchema } from "./product-key-schemas";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";
import { assertNotRevoked, saveProductKey } from "./save-product-key";

const hourMs = 3_600_000;

/**
 * Rotates like primary/secondary keys: a new secret works at once, and the secrets still
 * working keep doing so until the grace ends (`graceHours`, 24 by default; 0 ends them now),
 * so clients move over without downtime. A secret already ending sooner keeps its earlier end.
 * The owner rotates its own keys; the new secret is answered this once.
 */
export async function rotateProductKey({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<{ productKey: ProductKeyView; key: string }> {
  const { graceHours, changeSequence } = parseInput(rotateProductKeySchema, input ?? {});
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { productKey } = await loadProductKey(tx, actor, id, "rotateKey");
    assertNotRevoked(productKey);
    const at = now();
    const graceEnd = new Date(at.getTime() + graceHours * hourMs);
    const end = sql`${graceEnd.toISOString()}::timestamptz`;
    await tx
      .update(productKeySecrets)
      .set({ expiresOn: sql`least(coalesce(${productKeySecrets.expiresOn}, ${end}), ${end})` })
      .where(
        and(
          eq(productKeySecrets.productKeyId, id),
          isNull(productKeySecrets.revokedOn),
          or(isNull(productKeySecrets.expiresOn), gt(productKeySecrets.expiresOn, at)),
        ),
      );
    const { key, prefix } = await addProductKeySecret({ tx, productKeyId: id, createdBy: actor.label });
    const saved = await saveProductKey(tx, actor, productKey, {
      action: "rotate",
      changeSequence,
      audit: { after: { prefix, graceHours, previousSecretsEndOn: graceEnd } },
    });
    return { productKey: (await presentProductKeys(tx, [saved]))[0]!, key };
  });
}
