import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { subscriptions } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { renewedPeriodEnd, stopOutcome } from "../lifecycle";
import { recordChange } from "../record-change";
import { dueSubscriptionIds, eachDue } from "./each-due";

const iso = (at: Date | null | undefined) => at?.toISOString() ?? null;

/** Running subscriptions in this status whose period has run out (a cancellation at period end is the pending change's to carry out). */
function periodsRunOut(status: "trialing" | "active", at: Date) {
  return dueSubscriptionIds(
    and(
      eq(subscriptions.status, status),
      eq(subscriptions.cancelAtPeriodEnd, false),
      lte(subscriptions.currentPeriodEndsOn, at),
    ),
  );
}

const ranOut = (sub: typeof subscriptions.$inferSelect, status: string, at: Date) =>
  sub.status === status &&
  !sub.cancelAtPeriodEnd &&
  !!sub.currentPeriodEndsOn &&
  sub.currentPeriodEndsOn <= at;

/** Trials that ran out without being converted go into their grace period, or end. */
export async function endTrials(): Promise<number> {
  const at = now();
  return eachDue(await periodsRunOut("trialing", at), async (tx, sub) => {
    if (!ranOut(sub, "trialing", at)) return false;
    const endedAt = sub.currentPeriodEndsOn!;
    const outcome = stopOutcome(sub, endedAt, { trialRanOut: true });
    await recordChange(
      tx,
      systemActor(),
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status },
        toValue: {
          status: outcome.status,
          graceEndsOn: "graceEndsOn" in outcome ? iso(outcome.graceEndsOn) : null,
        },
        effectiveOn: endedAt,
        reason: "The trial ran out",
      },
      { ...outcome, endReason: "trial ended" },
    );
    return true;
  });
}

/** Paid periods that ran out renew: the period rolls forward (a history row says so). */
export async function renewPaidPeriods(): Promise<number> {
  const at = now();
  return eachDue(await periodsRunOut("active", at), async (tx, sub) => {
    if (!ranOut(sub, "active", at)) return false;
    const next = renewedPeriodEnd(sub.currentPeriodEndsOn!, sub.subscriptionPeriod, at);
    await recordChange(
      tx,
      systemActor(),
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status, currentPeriodEndsOn: iso(sub.currentPeriodEndsOn) },
        toValue: { status: sub.status, currentPeriodEndsOn: iso(next) },
        effectiveOn: sub.currentPeriodEndsOn!,
        reason: "Renewed for another period",
      },
      { currentPeriodEndsOn: next },
    );
    return true;
  });
}

/** Grace periods that are over end their subscriptions. */
export async function endGracePeriods(): Promise<number> {
  const at = now();
  const dueIds = await dueSubscriptionIds(
    and(eq(subscriptions.status, "grace"), lte(subscriptions.graceEndsOn, at)),
  );
  return eachDue(dueIds, async (tx, sub) => {
    if (sub.status !== "grace" || !sub.graceEndsOn || sub.graceEndsOn > at) return false;
    await recordChange(
      tx,
      systemActor(),
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status },
        toValue: { status: "ended" },
        effectiveOn: sub.graceEndsOn,
        reason: "The grace period is over",
      },
      { status: "ended", endedOn: sub.graceEndsOn, endReason: sub.endReason ?? "grace period over" },
    );
    return true;
  });
}
