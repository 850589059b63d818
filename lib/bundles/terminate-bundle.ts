import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundleAccesses, bundlePlanSubscriptions, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { parseInput } from "@/lib/validation";
import { setAccessStatus } from "./access-history";
import { appendApprovals, saveBundle } from "./bundle-history";
import { transitionNoteSchema } from "./bundle-schemas";
import { deriveStatuses } from "./derive-statuses";
import { endBundleSubscriptions } from "./end-subscriptions";
import { loadBundle } from "./load-bundle";
import { notifyRequester } from "./notify-bundle";
import { assertTransition } from "./transitions";

/**
 * The provider ends the contract: its approved and terminating plans go TERMINATED, the
 * subscriptions they became end now (through the subscriptions domain, in this transaction),
 * and every access goes INACTIVE. The requester is told, with the note.
 */
export async function terminateBundle({
  actor,
  id,
  input = {},
}: {
  actor: Actor;
  id: string;
  input?: unknown;
}): Promise<Bundle> {
  const { note, changeSequence } = parseInput(transitionNoteSchema, input);
  const db = await getDb();
  const { bundle, queued } = await db.transaction(async (tx) => {
    const { bundle: before } = await loadBundle(tx, actor, id, "decideRequest", changeSequence);
    assertTransition("terminate", before.contractStatus);
    const plans = await tx
      .update(bundlePlanSubscriptions)
      .set({ approvalStatus: "TERMINATED" })
      .where(
        and(
          eq(bundlePlanSubscriptions.bundleId, before.id),
          inArray(bundlePlanSubscriptions.approvalStatus, ["APPROVED", "IN_TERMINATION"]),
        ),
      )
      .returning({ id: bundlePlanSubscriptions.id });
    await appendApprovals(
      tx,
      actor,
      before.id,
      plans.map((p) => ({
        level: "plan" as const,
        targetId: p.id,
        approvalStatus: "TERMINATED" as const,
        note,
      })),
    );
    const ended = await endBundleSubscriptions(tx, actor, before, note ?? "The bundle was terminated.");
    const accesses = await tx
      .select({ id: bundleAccesses.id })
      .from(bundleAccesses)
      .where(and(eq(bundleAccesses.bundleId, before.id), ne(bundleAccesses.status, "INACTIVE")));
    for (const access of accesses) await setAccessStatus(tx, actor, access.id, "INACTIVE", note ?? null);
    const contractStatus = await deriveStatuses(tx, actor, before, note ?? null);
    const bundle = await saveBundle(
      tx,
      actor,
      before,
      { contractStatus },
      { action: "terminate", after: { note, ended } },
    );
    const decisions = plans.map((p) => ({ planRowId: p.id, decision: "TERMINATED", note: note ?? null }));
    return { bundle, queued: await notifyRequester(tx, bundle, decisions) };
  });
  await deliverEmails(queued);
  return bundle;
}
