import "server-only";
import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundlePlanSubscriptions, subscriptions, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { changeValues, currentValue } from "@/lib/subscriptions/change-effects";
import { recordChange } from "@/lib/subscriptions/record-change";

/**
 * A terminated contract ends its subscriptions at once, as the subscriptions domain ends one
 * (the API's DELETE: no grace, waiting changes cancelled, history and audit kept) — but in the
 * termination's transaction, so the bundle and its subscriptions end together or not at all.
 */
export async function endBundleSubscriptions(tx: Transaction, actor: Actor, bundle: Bundle, reason: string) {
  const linked = tx
    .select({ id: bundlePlanSubscriptions.subscriptionId })
    .from(bundlePlanSubscriptions)
    .where(
      and(eq(bundlePlanSubscriptions.bundleId, bundle.id), isNotNull(bundlePlanSubscriptions.subscriptionId)),
    );
  const live = await tx
    .select()
    .from(subscriptions)
    .where(and(inArray(subscriptions.id, linked), ne(subscriptions.status, "ended")))
    .for("update");
  const at = now();
  for (const subscription of live) {
    const request = { kind: "cancel" as const, when: "end" as const };
    const values = await changeValues(tx, subscription, request, at, reason);
    await recordChange(
      tx,
      actor,
      subscription,
      {
        kind: "cancel",
        state: "applied",
        fromValue: currentValue(subscription, "cancel"),
        toValue: request,
        reason,
      },
      values,
    );
  }
  return live.length;
}
