import "server-only";
import type { Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { requestChange } from "./request-change";
import { cancelSubscriptionSchema } from "./subscription-schemas";

/** The end a cancellation at period end waits for: a running trial's or paid period's, when it ends. */
export const runningPeriodEnd = (subscription: Subscription): Date | null =>
  ["trialing", "active"].includes(subscription.status) ? subscription.currentPeriodEndsOn : null;

function periodEndOf(subscription: Subscription): Date {
  const end = runningPeriodEnd(subscription);
  if (!end) {
    throw new AppError(
      "invalid_input",
      subscription.currentPeriodEndsOn
        ? `The subscription is ${subscription.status}: only a running period can be cancelled at its end.`
        : "This subscription's period never ends: cancel it now instead.",
      { invalidFields: [{ name: "when", reason: "must be now for this subscription" }] },
    );
  }
  return end;
}

/**
 * Cancels now — into the grace period when paid terms give one, otherwise ended — or at the
 * end of the current period (a pending change; the subscription runs until then).
 */
export async function cancelSubscription({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { when, reason, changeSequence } = parseInput(cancelSubscriptionSchema, input);
  return requestChange(actor, id, "cancel", {
    request: { kind: "cancel", when },
    effectiveOn: when === "at_period_end" ? periodEndOf : undefined,
    pendingValues: { cancelAtPeriodEnd: true },
    reason,
    changeSequence,
  });
}

/**
 * Ends a subscription at once, without a grace period (the Kodexa and Astra DELETE). The record
 * and its history stay; whatever was still waiting for it is cancelled.
 */
export async function endSubscription({
  actor,
  id,
  reason = "ended",
  changeSequence,
}: {
  actor: Actor;
  id: string;
  reason?: string;
  changeSequence?: number;
}) {
  const { subscription } = await requestChange(actor, id, "cancel", {
    request: { kind: "cancel", when: "end" },
    reason,
    changeSequence,
    supersedesOpen: true,
  });
  return subscription;
}
