import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { productKeys, type ProductKey } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import {
  authorizeCommercial,
  type CommercialAction,
  type CommercialRecord,
  type CommercialRole,
} from "@/lib/subscriptions/commercial-policy";
import { isUuid } from "@/lib/validation";

/** A key as the commercial policy sees it: the owner organization subscribes, the provider provides. */
export const keyRecord = (
  key: Pick<ProductKey, "organizationId" | "providerOrganizationId">,
): CommercialRecord => ({
  subscriberOrganizationId: key.organizationId,
  providerOrganizationId: key.providerOrganizationId,
});

/**
 * A key the actor may take the action on (strangers: 404, like a missing id). Writes lock the
 * row for the rest of their transaction, so two writers see each other's result.
 */
export async function loadProductKey(
  tx: Executor,
  actor: Actor,
  id: string,
  action: CommercialAction,
): Promise<{ productKey: ProductKey; role: CommercialRole }> {
  if (!isUuid(id)) throw notFound("product key");
  const query = tx.select().from(productKeys).where(eq(productKeys.id, id));
  const [productKey] = action === "read" ? await query : await query.for("update");
  if (!productKey) throw notFound("product key");
  return { productKey, role: authorizeCommercial(actor, keyRecord(productKey), action, "product key") };
}
