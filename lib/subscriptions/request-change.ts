import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import {
  subscriptionChanges,
  type Organization,
  type Subscription,
  type SubscriptionChange,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertMayWrite } from "@/lib/auth/write-guard";
import { now } from "@/lib/clock";
import { AppError, staleChangeSequence } from "@/lib/errors";
import type { CommercialAction, CommercialRole } from "./commercial-policy";
import { changeValues, currentValue, type ChangeRequest } from "./change-effects";
import { addDays } from "./lifecycle";
import { loadSubscription } from "./load-subscription";
import { recordChange, type SubscriptionValues } from "./record-change";
import { subscriberOrganization } from "./subscriber-organization";

export interface WriteContext {
  tx: Transaction;
  subscription: Subscription;
  role: CommercialRole;
  organization: Organization;
  at: Date;
}

/**
 * Runs a write on one subscription: one transaction, the row locked, the policy asked, and a
 * `changeSequence` the caller sent compared before any work (stale → 409).
 */
export async function writeSubscription<T>(
  actor: Actor,
  id: string,
  action: CommercialAction,
  changeSequence: number | undefined,
  work: (context: WriteContext) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { subscription, role } = await loadSubscription(tx, actor, id, action);
    if (changeSequence !== undefined && changeSequence !== subscription.changeSequence) {
      throw staleChangeSequence("subscription");
    }
    const organization = await subscriberOrganization(tx, subscription.organizationId);
    return work({ tx, subscription, role, organization, at: now() });
  });
}

/** A requested date: ahead means then; today or a moment ago means now; before today is refused. */
export function effectiveDate(requested: Date | undefined, at: Date, field = "effectiveOn"): Date {
  if (!requested || requested.getTime() <= at.getTime()) {
    if (requested && requested.getTime() <= addDays(at, -1).getTime()) {
      throw new AppError("invalid_input", "That date has passed.", {
        invalidFields: [{ name: field, reason: "must be today or later" }],
      });
    }
    return at;
  }
  return requested;
}

/** The subscription's change of this kind still waiting (pending or held), if any. */
export async function openChangeOf(
  tx: Transaction,
  subscriptionId: string,
  kinds: SubscriptionChange["kind"][],
) {
  const [open] = await tx
    .select()
    .from(subscriptionChanges)
    .where(
      and(
        eq(subscriptionChanges.subscriptionId, subscriptionId),
        inArray(subscriptionChanges.kind, kinds),
        inArray(subscriptionChanges.state, ["pending", "held"]),
      ),
    );
  return open;
}

export interface ChangeOptions {
  request: ChangeRequest;
  /** Absent: now. A function reads it off the subscription (its period end). */
  effectiveOn?: Date | ((subscription: Subscription) => Date);
  /** Ending a subscription goes through whatever waits (and cancels it). */
  supersedesOpen?: boolean;
  reason?: string | null;
  changeSequence?: number;
  /** Why the risk check holds the change for review (null: it goes through). */
  hold?: (context: WriteContext) => Promise<string | null>;
  /** Extra checks of a request, given when it takes effect. */
  check?: (context: WriteContext, effectiveOn: Date, due: boolean) => Promise<void>;
  /** Set on the subscription while the change waits (cancelling at period end). */
  pendingValues?: SubscriptionValues;
}

export type ChangeOutcome = "applied" | "pending" | "held";

/**
 * Applies a change now, records it as pending for its date, or holds it for review — the
 * shape every plan, quantity, pause, resume and cancel request takes. One change of a kind
 * waits at a time; the target is checked when it is asked for and again when it is applied.
 */
export async function requestChange(
  actor: Actor,
  id: string,
  action: CommercialAction,
  options: ChangeOptions,
): Promise<{ subscription: Subscription; change: SubscriptionChange; outcome: ChangeOutcome }> {
  return writeSubscription(actor, id, action, options.changeSequence, async (context) => {
    const { tx, subscription, organization, at } = context;
    const riskDecision = options.hold ? await options.hold(context) : null;
    // A suspended organization's change may wait for a reviewer (the risk check holds it);
    // otherwise the organization must be one whose subscriptions may change.
    if (!(riskDecision && organization.organizationStatus === "suspended")) {
      assertMayWrite(actor, "subscriptions.manage", organization);
    }
    const kind = options.request.kind;
    const requested = options.effectiveOn;
    const effectiveOn = effectiveDate(
      typeof requested === "function" ? requested(subscription) : requested,
      at,
    );
    const due = effectiveOn.getTime() <= at.getTime();
    await options.check?.(context, effectiveOn, due);
    // A target is checked now even when the change waits, so a bad one is refused while the
    // caller is here; a status change is checked against the status it will meet, when applied.
    const values =
      due || kind === "plan" || kind === "quantity"
        ? await changeValues(tx, subscription, options.request, effectiveOn, options.reason ?? null)
        : {};
    const open = options.supersedesOpen ? undefined : await openChangeOf(tx, subscription.id, [kind]);
    if (open) {
      throw new AppError(
        "conflict",
        `A ${kind} change is already waiting (${open.state}): cancel it before asking for another.`,
      );
    }
    if (!due && subscription.status === "ended") {
      throw new AppError("conflict", "The subscription has ended: nothing more can be scheduled for it.");
    }
    const outcome: ChangeOutcome = riskDecision ? "held" : due ? "applied" : "pending";
    const entry = {
      kind,
      state: outcome,
      fromValue: currentValue(subscription, kind),
      toValue: { ...options.request },
      effectiveOn,
      reason: options.reason ?? null,
      riskDecision,
    };
    const result = await recordChange(
      tx,
      actor,
      subscription,
      entry,
      outcome === "applied" ? values : outcome === "pending" ? (options.pendingValues ?? {}) : {},
    );
    return { ...result, outcome };
  });
}
