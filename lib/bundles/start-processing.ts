import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundlePlanSubscriptions, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { appendApprovals, saveBundle } from "./bundle-history";
import { transitionNoteSchema } from "./bundle-schemas";
import { deriveStatuses } from "./derive-statuses";
import { loadBundle } from "./load-bundle";
import { assertNotOwnRequest } from "./own-request";
import { assertTransition } from "./transitions";

/** An approver takes a request into processing: the bundle and its requested plans go IN_PROGRESS. */
export async function startProcessing({
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
  return db.transaction(async (tx) => {
    const { bundle: before } = await loadBundle(tx, actor, id, "decideRequest", changeSequence);
    await assertNotOwnRequest(tx, actor, before);
    assertTransition("startProcessing", before.contractStatus);
    const plans = await tx
      .update(bundlePlanSubscriptions)
      .set({ approvalStatus: "IN_PROGRESS" })
      .where(
        and(
          eq(bundlePlanSubscriptions.bundleId, before.id),
          eq(bundlePlanSubscriptions.approvalStatus, "REQUESTED"),
        ),
      )
      .returning({ id: bundlePlanSubscriptions.id });
    await appendApprovals(
      tx,
      actor,
      before.id,
      plans.map((p) => ({ level: "plan" as const, targetId: p.id, approvalStatus: "IN_PROGRESS" as const })),
    );
    const contractStatus = await deriveStatuses(tx, actor, before, note ?? null);
    return saveBundle(tx, actor, before, { contractStatus }, { action: "start_processing", after: { note } });
  });
}
