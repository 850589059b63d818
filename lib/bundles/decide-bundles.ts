import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundlePlanSubscriptions, type ContractStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { bulkDecisionSchema } from "./bundle-schemas";
import { applyDecisions } from "./apply-decisions";
import { loadBundle } from "./load-bundle";
import { openStatuses } from "./transitions";

export type BulkOutcome =
  | { bundleId: string; ok: true; contractStatus: ContractStatus }
  | { bundleId: string; ok: false; message: string };

/**
 * The queue's bulk approve or reject: every open plan of each chosen request, one transaction
 * per request, so one that someone else decided first (or may not be decided) is reported
 * beside the others instead of undoing them.
 */
export async function decideBundles({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<BulkOutcome[]> {
  const { bundleIds, decision, note } = parseInput(bulkDecisionSchema, input);
  const db = await getDb();
  const outcomes: BulkOutcome[] = [];
  for (const bundleId of new Set(bundleIds)) {
    try {
      const { bundle, queued } = await db.transaction(async (tx) => {
        const { bundle: before } = await loadBundle(tx, actor, bundleId, "decideRequest");
        const open = await tx
          .select({ planId: bundlePlanSubscriptions.planId })
          .from(bundlePlanSubscriptions)
          .where(
            and(
              eq(bundlePlanSubscriptions.bundleId, before.id),
              inArray(bundlePlanSubscriptions.approvalStatus, [...openStatuses]),
            ),
          );
        return applyDecisions(
          tx,
          actor,
          before,
          open.map(({ planId }) => ({ planId, decision, note })),
        );
      });
      await deliverEmails(queued);
      outcomes.push({ bundleId, ok: true, contractStatus: bundle.contractStatus });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ bundleId, ok: false, message: error.message });
    }
  }
  return outcomes;
}
