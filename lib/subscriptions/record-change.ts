import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import {
  subscriptionChanges,
  subscriptions,
  type Subscription,
  type SubscriptionChange,
  type SubscriptionChangeKind,
  type SubscriptionChangeState,
} from "@/db/schema";
import type { Transaction } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { now } from "@/lib/clock";
import { requestSummaryRefresh } from "@/lib/dashboard/summary/summary-job";

export type SubscriptionValues = Partial<typeof subscriptions.$inferInsert>;

export interface ChangeEntry {
  kind: SubscriptionChangeKind;
  state: SubscriptionChangeState;
  fromValue?: Record<string, unknown> | null;
  toValue?: Record<string, unknown> | null;
  /** Defaults to now. */
  effectiveOn?: Date;
  reason?: string | null;
  riskDecision?: string | null;
}

/**
 * The one way a subscription changes: the row at the version the caller read (or, without
 * one, the version locked in this transaction) with its `changeSequence` bumped, the history
 * row, and the audit event — all in the caller's transaction.
 */
export async function recordChange(
  tx: Transaction,
  actor: Actor,
  before: Subscription,
  change: ChangeEntry,
  values: SubscriptionValues = {},
  changeSequence?: number,
): Promise<{ subscription: Subscription; change: SubscriptionChange }> {
  const subscription = await saveSubscription(tx, actor, before, values, changeSequence);
  return { subscription, change: await appendChange(tx, actor, subscription, change) };
}

/** Writes a history row for a subscription and its audit event (creation uses it alone). */
export async function appendChange(
  tx: Transaction,
  actor: Actor,
  subscription: Subscription,
  change: ChangeEntry,
): Promise<SubscriptionChange> {
  const at = now();
  const [row] = await tx
    .insert(subscriptionChanges)
    .values({
      subscriptionId: subscription.id,
      kind: change.kind,
      state: change.state,
      fromValue: change.fromValue ?? null,
      toValue: change.toValue ?? null,
      requestedOn: at,
      effectiveOn: change.effectiveOn ?? at,
      appliedOn: change.state === "applied" ? at : null,
      reason: change.reason ?? null,
      requestedBy: actor.label,
      riskDecision: change.riskDecision ?? null,
    })
    .returning();
  await recordAuditEvent(tx, actor, {
    action: `subscription.${change.kind}${change.state === "applied" ? "" : `.${change.state}`}`,
    objectType: "subscription",
    objectId: subscription.id,
    organizationId: subscription.organizationId,
    before: change.fromValue,
    after: { ...change.toValue, state: change.state },
  });
  return row!;
}

async function saveSubscription(
  tx: Transaction,
  actor: Actor,
  before: Subscription,
  values: SubscriptionValues,
  changeSequence?: number,
): Promise<Subscription> {
  const subscription = await updateVersioned(tx, subscriptions, {
    id: before.id,
    changeSequence: changeSequence ?? before.changeSequence,
    values: { ...values, modifiedBy: actor.label },
    what: "subscription",
  });
  // Status, plan, quantity and terms all change here: the dashboards' figures follow.
  requestSummaryRefresh();
  if (subscription.status === "ended" && before.status !== "ended") {
    // What was still waiting for an ended subscription will never happen.
    await tx
      .update(subscriptionChanges)
      .set({ state: "cancelled", decidedBy: actor.label, decisionNote: "The subscription ended." })
      .where(
        and(
          eq(subscriptionChanges.subscriptionId, before.id),
          inArray(subscriptionChanges.state, ["pending", "held"]),
        ),
      );
  }
  return subscription;
}

/**
 * Settles a pending or held change — applied (with the values that carry it out), cancelled
 * or rejected — with the subscription's `changeSequence` bumped and an audit event. A change
 * that is no longer open is left alone and answers null, which makes the job idempotent.
 */
export async function settleChange(
  tx: Transaction,
  actor: Actor,
  before: Subscription,
  change: SubscriptionChange,
  outcome: {
    state: "applied" | "cancelled" | "rejected" | "pending";
    values?: SubscriptionValues;
    note?: string | null;
  },
): Promise<{ subscription: Subscription; change: SubscriptionChange } | null> {
  const at = now();
  const [settled] = await tx
    .update(subscriptionChanges)
    .set({
      state: outcome.state,
      appliedOn: outcome.state === "applied" ? at : null,
      decidedBy: actor.kind === "system" ? null : actor.label,
      decisionNote: outcome.note ?? null,
    })
    .where(
      and(
        eq(subscriptionChanges.id, change.id),
        inArray(subscriptionChanges.state, ["pending", "held"]),
        ne(subscriptionChanges.state, outcome.state),
      ),
    )
    .returning();
  if (!settled) return null;
  const subscription = await saveSubscription(tx, actor, before, outcome.values ?? {});
  await recordAuditEvent(tx, actor, {
    action: `subscription.${change.kind}.${outcome.state}`,
    objectType: "subscription",
    objectId: before.id,
    organizationId: before.organizationId,
    before: { changeId: change.id, state: change.state },
    after: { changeId: change.id, state: outcome.state, note: outcome.note ?? null },
  });
  return { subscription, change: settled };
}
