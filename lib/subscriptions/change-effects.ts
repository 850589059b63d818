import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  plans,
  productCompatibilities,
  products,
  type Plan,
  type Product,
  type Subscription,
  type SubscriptionChangeKind,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { addDays, assertTransition, daysBetween, periodEnd, resumedStatus, stopOutcome } from "./lifecycle";
import { offeredPlans, subscribablePlan, subscribesDirectly, termsOf } from "./plan-terms";
import type { SubscriptionValues } from "./record-change";

const invalid = (name: string, reason: string, detail: string) =>
  new AppError("invalid_input", detail, { invalidFields: [{ name, reason }] });

export type CancelMode = "now" | "at_period_end" | "end";

/** What a change asks for, as kept in the history row's `toValue`. */
export type ChangeRequest =
  | { kind: "plan"; planId?: string | null; productId?: string | null }
  | { kind: "quantity"; quantity: number }
  | { kind: "pause" }
  | { kind: "resume" }
  | { kind: "cancel"; when: CancelMode };

async function compatible(tx: Executor, fromProductId: string, toProductId: string) {
  if (fromProductId === toProductId) return true;
  const [row] = await tx
    .select()
    .from(productCompatibilities)
    .where(
      and(
        eq(productCompatibilities.productId, fromProductId),
        eq(productCompatibilities.compatibleProductId, toProductId),
      ),
    );
  return !!row;
}

/**
 * The product and plan a plan change moves to: a plan of the same product or of one of its
 * compatible products, offered at `at`; a product named alone brings its only offered plan.
 */
export async function planTarget(
  tx: Executor,
  sub: Subscription,
  request: { planId?: string | null; productId?: string | null },
  at: Date,
): Promise<{ product: Product; plan: Plan | null }> {
  let productId = request.productId ?? null;
  if (request.planId && !productId) {
    const [any] = await tx.select().from(plans).where(eq(plans.planId, request.planId)).limit(1);
    if (!any) throw invalid("planId", "is not a plan", "That plan does not exist.");
    productId = any.productId;
  }
  const [product] = productId ? await tx.select().from(products).where(eq(products.id, productId)) : [];
  if (!product || product.archivedOn || !(await compatible(tx, sub.productId, product.id))) {
    throw invalid(
      request.planId && !request.productId ? "planId" : "productId",
      "is not among the product's compatibilities",
      "The subscription can only move to its own product's plans or to a compatible product.",
    );
  }
  if (request.planId) return { product, plan: await subscribablePlan(tx, product.id, request.planId, at) };
  const offered = (await offeredPlans(tx, product.id, at)).filter(subscribesDirectly);
  if (offered.length > 1) throw invalid("planId", "is required", "That product has several plans: name one.");
  return { product, plan: offered[0] ?? null };
}

/**
 * The new values a plan change brings: the target's terms, and a new period from `at`. A trial
 * converted (or a lapsed one rescued from grace) to a paid plan becomes active; trial plans only
 * ever start a subscription.
 */
async function planValues(
  tx: Executor,
  sub: Subscription,
  request: ChangeRequest & { kind: "plan" },
  at: Date,
) {
  const { product, plan } = await planTarget(tx, sub, request, at);
  if (
    product.id === sub.productId &&
    (plan?.planId ?? null) === sub.planId &&
    plan?.version === sub.planVersion
  ) {
    throw invalid("planId", "is the current plan", "The subscription is already on that plan.");
  }
  const terms = termsOf(plan);
  if (terms.terms === "trial" && sub.status !== "scheduled") {
    throw invalid("planId", "is a trial plan", "A trial plan can only start a subscription.");
  }
  if (sub.quantity > 1 && !product.hasQuantity) {
    throw invalid(
      "productId",
      "is not sold by quantity",
      "Set the quantity to 1 before moving to that product.",
    );
  }
  const values: SubscriptionValues = { ...terms, productId: product.id, trialReminderSentOn: null };
  if (sub.status === "scheduled" || sub.status === "paused") return values;
  if (sub.status !== "active") assertTransition(sub.status, "active");
  return {
    ...values,
    status: "active" as const,
    currentPeriodEndsOn: periodEnd(at, terms.subscriptionPeriod),
    graceEndsOn: null,
    cancelAtPeriodEnd: false,
  };
}

async function quantityValues(
  tx: Executor,
  sub: Subscription,
  quantity: number,
): Promise<SubscriptionValues> {
  if (sub.status === "ended") assertTransition(sub.status, "active");
  const [product] = await tx.select().from(products).where(eq(products.id, sub.productId));
  if (quantity > 1 && !product!.hasQuantity) {
    throw invalid("quantity", "must be 1 for this product", "This product is not sold by quantity.");
  }
  return { quantity };
}

function resumeValues(sub: Subscription, at: Date): SubscriptionValues {
  if (sub.status === "paused") {
    // The paused days are given back: the period ends that much later.
    const paused = sub.pausedOn ? daysBetween(sub.pausedOn, at) : 0;
    return {
      status: resumedStatus(sub),
      pausedOn: null,
      currentPeriodEndsOn: sub.currentPeriodEndsOn && addDays(sub.currentPeriodEndsOn, paused),
    };
  }
  if (sub.status === "grace" && sub.terms === "paid") {
    // Reactivated: a new paid period starts now.
    return {
      status: "active",
      graceEndsOn: null,
      cancelAtPeriodEnd: false,
      endReason: null,
      currentPeriodEndsOn: periodEnd(at, sub.subscriptionPeriod),
    };
  }
  throw new AppError(
    "conflict",
    sub.status === "grace"
      ? "The trial has run out: move the subscription to a paid plan to reactivate it."
      : `The subscription is ${sub.status}: only a paused subscription resumes.`,
  );
}

function cancelValues(
  sub: Subscription,
  when: CancelMode,
  at: Date,
  reason: string | null,
): SubscriptionValues {
  // Cancelling what never started, is paused, or is already in grace ends it at once.
  const plain = when === "end" || ["scheduled", "paused", "grace"].includes(sub.status);
  const outcome = plain ? { status: "ended" as const, endedOn: at } : stopOutcome(sub, at);
  assertTransition(sub.status, outcome.status);
  return { ...outcome, endReason: reason ?? "cancelled", cancelAtPeriodEnd: false, pausedOn: null };
}

/** The values that carry out a change on the subscription as it is at `at`. */
export async function changeValues(
  tx: Executor,
  sub: Subscription,
  request: ChangeRequest,
  at: Date,
  reason: string | null = null,
): Promise<SubscriptionValues> {
  switch (request.kind) {
    case "plan":
      return planValues(tx, sub, request, at);
    case "quantity":
      return quantityValues(tx, sub, request.quantity);
    case "pause":
      assertTransition(sub.status, "paused");
      return { status: "paused", pausedOn: at };
    case "resume":
      return resumeValues(sub, at);
    case "cancel":
      return cancelValues(sub, request.when, at, reason);
  }
}

/** The part of the subscription a change of this kind moves (the history's "from"). */
export function currentValue(sub: Subscription, kind: SubscriptionChangeKind): Record<string, unknown> {
  switch (kind) {
    case "plan":
      return { productId: sub.productId, planId: sub.planId, planVersion: sub.planVersion, terms: sub.terms };
    case "quantity":
      return { quantity: sub.quantity };
    default:
      return { status: sub.status, currentPeriodEndsOn: sub.currentPeriodEndsOn?.toISOString() ?? null };
  }
}
