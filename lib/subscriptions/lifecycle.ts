import type { Subscription, SubscriptionStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * The one table of status transitions; nothing moves a subscription's status without asking it.
 *
 *   scheduled → trialing | active | ended (cancelled before it started)
 *   trialing  → active (converted to a paid plan) | grace (ran out) | paused | ended
 *   active    → paused | grace (cancelled, with a grace period) | ended
 *   paused    → active | trialing (a paused trial resumes as a trial) | ended
 *   grace     → active (reactivated, or converted to a paid plan) | ended
 *   ended     — final
 */
export const transitions: Record<SubscriptionStatus, readonly SubscriptionStatus[]> = {
  scheduled: ["trialing", "active", "ended"],
  trialing: ["active", "grace", "ended", "paused"],
  active: ["paused", "grace", "ended"],
  paused: ["active", "trialing", "ended"],
  grace: ["active", "ended"],
  ended: [],
};

export function canTransition(from: SubscriptionStatus, to: SubscriptionStatus): boolean {
  return transitions[from].includes(to);
}

/** 409 naming the current state when the move is not in the table. */
export function assertTransition(from: SubscriptionStatus, to: SubscriptionStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("conflict", `The subscription is ${from}: it cannot become ${to}.`);
  }
}

const dayMs = 86_400_000;

/** Periods are counted in whole days. */
export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * dayMs);

/** Whole days from one moment to a later one, rounded up (a started day counts). */
export const daysBetween = (from: Date, to: Date) =>
  Math.max(0, Math.ceil((to.getTime() - from.getTime()) / dayMs));

/** When a period that starts at `start` ends; -1 days means never (null). */
export const periodEnd = (start: Date, periodDays: number): Date | null =>
  periodDays < 0 ? null : addDays(start, periodDays);

type Terms = Pick<Subscription, "terms" | "subscriptionPeriod">;

/** The status and period a subscription starts in, given its terms and start date. */
export function startingState(terms: Terms, startsOn: Date, now: Date) {
  if (startsOn.getTime() > now.getTime()) {
    return { status: "scheduled" as const, currentPeriodEndsOn: null };
  }
  return {
    status: terms.terms === "trial" ? ("trialing" as const) : ("active" as const),
    currentPeriodEndsOn: periodEnd(startsOn, terms.subscriptionPeriod),
  };
}

/** The status a paused subscription resumes in: a trial stays a trial. */
export const resumedStatus = (terms: Pick<Subscription, "terms">): SubscriptionStatus =>
  terms.terms === "trial" ? "trialing" : "active";

/**
 * Where a subscription goes when it stops at `at` (cancelled, or a trial running out): into its
 * grace period when its terms give one, otherwise straight to ended. A cancelled trial has
 * nothing to be in grace for, unless it simply ran out (`trialRanOut`).
 */
export function stopOutcome(
  sub: Pick<Subscription, "terms" | "gracePeriod">,
  at: Date,
  { trialRanOut = false } = {},
): { status: "grace"; graceEndsOn: Date } | { status: "ended"; endedOn: Date } {
  const graceApplies = sub.gracePeriod > 0 && (sub.terms === "paid" || trialRanOut);
  return graceApplies
    ? { status: "grace", graceEndsOn: addDays(at, sub.gracePeriod) }
    : { status: "ended", endedOn: at };
}

/**
 * The next period end after a paid period ran out at `endedAt`: rolled forward by whole
 * periods until it is past `now` (a job that did not run for a while catches up in one step).
 */
export function renewedPeriodEnd(endedAt: Date, periodDays: number, now: Date): Date | null {
  if (periodDays <= 0) return null;
  let next = addDays(endedAt, periodDays);
  while (next.getTime() <= now.getTime()) next = addDays(next, periodDays);
  return next;
}
