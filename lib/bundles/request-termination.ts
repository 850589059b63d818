import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundleAccesses, bundlePlanSubscriptions, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorizeCommercial } from "@/lib/subscriptions/commercial-policy";
import { parseInput } from "@/lib/validation";
import { setAccessStatus } from "./access-history";
import { appendApprovals, saveBundle } from "./bundle-history";
import { transitionNoteSchema } from "./bundle-schemas";
import { deriveStatuses } from "./derive-statuses";
import { bundleRecord, loadBundle } from "./load-bundle";
import { assertTransition } from "./transitions";

/**
 * Either side asks to end an approved contract: the customer (its owners and admins) or the
 * provider's approvers. Its approved plans go IN_TERMINATION and its accesses
 * DEACTIVATION_REQUESTED; the subscriptions run until the provider terminates.
 */
export async function requestTermination({
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
    const { bundle: before, role } = await loadBundle(tx, actor, id, "read", changeSequence);
    // Each side ends it with its own right: the customer's managers, the provider's approvers.
    authorizeCommercial(
      actor,
      bundleRecord(before),
      role === "provider" ? "decideRequest" : "requestBundle",
      "bundle",
    );
    assertTransition("requestTermination", before.contractStatus);
    const plans = await tx
      .update(bundlePlanSubscriptions)
      .set({ approvalStatus: "IN_TERMINATION" })
      .where(
        and(
          eq(bundlePlanSubscriptions.bundleId, before.id),
          eq(bundlePlanSubscriptions.approvalStatus, "APPROVED"),
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
        approvalStatus: "IN_TERMINATION" as const,
      })),
    );
    const accesses = await tx
      .select({ id: bundleAccesses.id })
      .from(bundleAccesses)
      .where(
        and(
          eq(bundleAccesses.bundleId, before.id),
          inArray(bundleAccesses.status, ["ACTIVATION_REQUESTED", "ACTIVE"]),
        ),
      );
    for (const access of accesses)
      await setAccessStatus(tx, actor, access.id, "DEACTIVATION_REQUESTED", note ?? null);
    const contractStatus = await deriveStatuses(tx, actor, before, note ?? null);
    return saveBundle(
      tx,
      actor,
      before,
      { contractStatus },
      { action: "request_termination", after: { note } },
    );
  });
}
