import "server-only";
import { getDb } from "@/db/open";
import type { Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { assertSubscriberWritable } from "@/lib/subscriptions/subscriber-organization";
import { parseInput } from "@/lib/validation";
import { appendApprovals, saveBundle } from "./bundle-history";
import { addItems, offeredPlans } from "./bundle-items";
import { planIdsSchema } from "./bundle-schemas";
import { deriveStatuses } from "./derive-statuses";
import { loadBundle } from "./load-bundle";
import { notifyApprovers } from "./notify-bundle";
import { assertTransition } from "./transitions";

/**
 * Wallis' "create subscription": adds plans of the bundle's provider to the bundle. Each must
 * exist, be valid now and not deleted (anything else: 400 "element not found"); one already
 * in the bundle is a conflict. In a draft they wait for the submit; in a requested or decided
 * bundle they are asked for at once, and the provider's approvers hear of them.
 */
export async function addPlansToBundle({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<Bundle> {
  const { planIds } = parseInput(planIdsSchema, input);
  const db = await getDb();
  const { bundle, queued } = await db.transaction(async (tx) => {
    const { bundle: before } = await loadBundle(tx, actor, id, "requestBundle");
    assertTransition("addPlans", before.contractStatus);
    await assertSubscriberWritable(tx, actor, before.organizationId);
    const chosen = await offeredPlans(tx, before.providerOrganizationId, planIds);
    const draft = before.contractStatus === "DRAFT";
    const added = await addItems(tx, before, { products: [], plans: chosen }, draft ? null : "REQUESTED");
    if (draft) {
      return {
        bundle: await saveBundle(tx, actor, before, {}, { action: "plans.add", after: { planIds } }),
        queued: [],
      };
    }
    await appendApprovals(tx, actor, before.id, [
      ...added.productRowIds.map((rowId) => ({
        level: "product" as const,
        targetId: rowId,
        approvalStatus: "REQUESTED" as const,
      })),
      ...added.planRowIds.map((rowId) => ({
        level: "plan" as const,
        targetId: rowId,
        approvalStatus: "REQUESTED" as const,
      })),
    ]);
    const contractStatus = await deriveStatuses(tx, actor, before);
    const bundle = await saveBundle(
      tx,
      actor,
      before,
      { contractStatus },
      { action: "plans.add", after: { planIds } },
    );
    return { bundle, queued: await notifyApprovers(tx, bundle, added.planRowIds) };
  });
  await deliverEmails(queued);
  return bundle;
}
