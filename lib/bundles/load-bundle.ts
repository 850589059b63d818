import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { bundles, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound, staleChangeSequence } from "@/lib/errors";
import {
  authorizeCommercial,
  commercialRole,
  type CommercialAction,
  type CommercialRecord,
  type CommercialRole,
} from "@/lib/subscriptions/commercial-policy";
import { isUuid } from "@/lib/validation";

/** A bundle as the commercial policy sees it: the customer subscribes, the provider decides. */
export const bundleRecord = (bundle: Bundle): CommercialRecord => ({
  subscriberOrganizationId: bundle.organizationId,
  providerOrganizationId: bundle.providerOrganizationId,
});

/**
 * A bundle the actor may take the action on. Writes lock the row for the rest of their
 * transaction and compare the `changeSequence` the caller read (stale → 409), so of two
 * approvers deciding at once the second sees the first's result instead of racing it.
 */
export async function loadBundle(
  tx: Executor,
  actor: Actor,
  id: string,
  action: CommercialAction,
  changeSequence?: number,
): Promise<{ bundle: Bundle; role: CommercialRole }> {
  if (!isUuid(id)) throw notFound("bundle");
  const query = tx.select().from(bundles).where(eq(bundles.id, id));
  const [bundle] = action === "read" ? await query : await query.for("update");
  if (!bundle) throw notFound("bundle");
  // A draft is the customer's own until it is submitted: the provider does not know of it.
  if (bundle.contractStatus === "DRAFT" && commercialRole(actor, bundleRecord(bundle)) === "provider") {
    throw notFound("bundle");
  }
  const role = authorizeCommercial(actor, bundleRecord(bundle), action, "bundle");
  if (changeSequence !== undefined && changeSequence !== bundle.changeSequence) {
    throw staleChangeSequence("bundle");
  }
  return { bundle, role };
}
