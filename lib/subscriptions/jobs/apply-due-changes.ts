import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { getDb } from "@/db/open";
import { subscriptionChanges } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { changeValues, type ChangeRequest } from "../change-effects";
import { settleChange } from "../record-change";
import { batchSize, eachDue } from "./each-due";

/**
 * Applies pending changes whose date has come — plan changes, pauses, resumes, cancellations at
 * period end — as of their own date. A change that no longer fits (its plan withdrawn, the
 * subscription ended) is rejected with the reason instead. A change is applied once: settling
 * it is conditional on its still being pending, on the locked subscription.
 */
export async function applyDueChanges(): Promise<number> {
  const at = now();
  const db = await getDb();
  const due = await db
    .select()
    .from(subscriptionChanges)
    .where(and(eq(subscriptionChanges.state, "pending"), lte(subscriptionChanges.effectiveOn, at)))
    .orderBy(asc(subscriptionChanges.effectiveOn), asc(subscriptionChanges.sequence))
    .limit(batchSize);
  let applied = 0;
  for (const change of due) {
    applied += await eachDue([change.subscriptionId], async (tx, sub) => {
      const [current] = await tx
        .select()
        .from(subscriptionChanges)
        .where(eq(subscriptionChanges.id, change.id));
      if (current?.state !== "pending") return false;
      try {
        const values = await changeValues(
          tx,
          sub,
          change.toValue as ChangeRequest,
          change.effectiveOn,
          change.reason,
        );
        return !!(await settleChange(tx, systemActor(), sub, current, { state: "applied", values }));
      } catch (error) {
        if (!isAppError(error)) throw error;
        await settleChange(tx, systemActor(), sub, current, {
          state: "rejected",
          values: change.kind === "cancel" ? { cancelAtPeriodEnd: false } : {},
          note: `Could not be applied: ${error.message}`,
        });
        return false;
      }
    });
  }
  return applied;
}
