import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { subscriptions } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { startingState } from "../lifecycle";
import { recordChange } from "../record-change";
import { dueSubscriptionIds, eachDue } from "./each-due";

/** Scheduled subscriptions whose start date has come begin: a trial, or an active paid period from that date. */
export async function startScheduledSubscriptions(): Promise<number> {
  const at = now();
  const dueIds = await dueSubscriptionIds(
    and(eq(subscriptions.status, "scheduled"), lte(subscriptions.startsOn, at)),
  );
  return eachDue(dueIds, async (tx, sub) => {
    if (sub.status !== "scheduled" || sub.startsOn.getTime() > at.getTime()) return false;
    const started = startingState(sub, sub.startsOn, at);
    await recordChange(
      tx,
      systemActor(),
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status },
        toValue: { ...started, currentPeriodEndsOn: started.currentPeriodEndsOn?.toISOString() ?? null },
        effectiveOn: sub.startsOn,
        reason: "Start date reached",
      },
      started,
    );
    return true;
  });
}
