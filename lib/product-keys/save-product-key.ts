import "server-only";
import type { Executor } from "@/db/client";
import { productKeys, type ProductKey } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError } from "@/lib/errors";

export type ProductKeyValues = Partial<typeof productKeys.$inferInsert>;

/** A revoked key is final: nothing about it changes any more. */
export function assertNotRevoked(productKey: ProductKey): void {
  if (productKey.revokedOn)
    throw new AppError("conflict", "This product key is revoked: it cannot change any more.");
}

/**
 * The one way a key changes: the row at the version the caller read (or, without one, the
 * version locked in this transaction) with its `changeSequence` bumped (stale → 409), and the
 * audit event — in the caller's transaction.
 */
export async function saveProductKey(
  tx: Executor,
  actor: Actor,
  before: ProductKey,
  {
    action,
    values = {},
    changeSequence,
    audit = {},
  }: {
    action: string;
    values?: ProductKeyValues;
    changeSequence?: number;
    audit?: { before?: unknown; after?: unknown };
  },
): Promise<ProductKey> {
  const after = await updateVersioned(tx, productKeys, {
    id: before.id,
    changeSequence: changeSequence ?? before.changeSequence,
    values: { ...values, modifiedBy: actor.label },
    what: "product key",
  });
  await recordAuditEvent(tx, actor, {
    action: `product_key.${action}`,
    objectType: "product_key",
    objectId: before.id,
    organizationId: before.organizationId,
    before: audit.before,
    after: audit.after ?? values,
  });
  return after;
}
