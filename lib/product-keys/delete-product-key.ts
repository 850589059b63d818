import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeys } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadProductKey } from "./load-product-key";

/**
 * Deletes a key with its secrets, products and usage (Revenium's DELETE). Its audit trail stays.
 * To stop a key while keeping its record, revoke it instead.
 */
export async function deleteProductKey({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { productKey } = await loadProductKey(tx, actor, id, "manageKey");
    await tx.delete(productKeys).where(eq(productKeys.id, id));
    await recordAuditEvent(tx, actor, {
      action: "product_key.delete",
      objectType: "product_key",
      objectId: id,
      organizationId: productKey.organizationId,
      before: productKey,
    });
  });
}
