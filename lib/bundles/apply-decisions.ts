import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleBusinessCases, bundlePlanSubscriptions, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { approvedSubscriptionsAndAccess } from "./approval-effects";
import { appendApprovals, saveBundle } from "./bundle-history";
import { deriveStatuses } from "./derive-statuses";
import { notifyRequester } from "./notify-bundle";
import { assertNotOwnRequest } from "./own-request";
import { assertTransition, openStatuses } from "./transitions";

export type Decision = { planId: string; decision: "APPROVED" | "REJECTED"; note?: string };

/**
 * The decisions' writes in the caller's transaction (the bundle locked and its version
 * checked by the caller): each plan moves from an open state only — a conditional update,
 * so a plan someone else decided first is a 409 naming its state, never decided twice.
 */
export async function applyDecisions(tx: Transaction, actor: Actor, before: Bundle, decisions: Decision[]) {
  await assertNotOwnRequest(tx, actor, before);
  assertTransition("decide", before.contractStatus);
  const rows = await tx
    .select()
    .from(bundlePlanSubscriptions)
    .where(
      and(
        eq(bundlePlanSubscriptions.bundleId, before.id),
        inArray(
          bundlePlanSubscriptions.planId,
          decisions.map((d) => d.planId),
        ),
      ),
    );
  const missing = decisions.flatMap((d, i) => (rows.some((r) => r.planId === d.planId) ? [] : [i]));
  if (missing.length) {
    throw new AppError("invalid_input", "Element not found: a plan decided is not in this bundle.", {
      invalidFields: missing.map((i) => ({ name: `decisions.${i}.planId`, reason: "element not found" })),
    });
  }
  const decided = [];
  for (const d of decisions) {
    const row = rows.find((r) => r.planId === d.planId)!;
    const [moved] = await tx
      .update(bundlePlanSubscriptions)
      .set({ approvalStatus: d.decision })
      .where(
        and(
          eq(bundlePlanSubscriptions.id, row.id),
          inArray(bundlePlanSubscriptions.approvalStatus, [...openStatuses]),
        ),
      )
      .returning();
    if (!moved) {
      throw new AppError(
        "conflict",
        `A plan is ${row.approvalStatus ?? "not requested"}: it cannot be decided now.`,
        {
          invalidFields: [{ name: "approvalStatus", reason: `is ${row.approvalStatus ?? "not requested"}` }],
        },
      );
    }
    decided.push({ row: moved, ...d, note: d.note ?? null });
  }
  await appendApprovals(
    tx,
    actor,
    before.id,
    decided.map((d) => ({ level: "plan", targetId: d.row.id, approvalStatus: d.decision, note: d.note })),
  );
  // The approvers decided on the texts as they stood, pending edits included.
  await tx
    .update(bundleBusinessCases)
    .set({
      text: sql`coalesce(${bundleBusinessCases.pendingText}, ${bundleBusinessCases.text})`,
      pendingText: null,
    })
    .where(eq(bundleBusinessCases.bundleId, before.id));
  const contractStatus = await deriveStatuses(tx, actor, before);
  const bundle = await saveBundle(
    tx,
    actor,
    before,
    { contractStatus },
    {
      action: "decide",
      after: { decisions: decided.map((d) => ({ planId: d.planId, decision: d.decision, note: d.note })) },
    },
  );
  const keyEmails = await approvedSubscriptionsAndAccess(
    tx,
    actor,
    bundle,
    decided.filter((d) => d.decision === "APPROVED").map((d) => d.row),
  );
  const queued = await notifyRequester(
    tx,
    bundle,
    decided.map((d) => ({ planRowId: d.row.id, decision: d.decision, note: d.note })),
  );
  return { bundle, queued: [...keyEmails, ...queued] };
}
