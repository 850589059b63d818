import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { plans, type Plan } from "@/db/schema";
import { latestVersions } from "@/lib/catalog/plans";
import { AppError } from "@/lib/errors";
import type { SubscriptionValues } from "./record-change";

const invalid = (name: string, reason: string, detail: string) =>
  new AppError("invalid_input", detail, { invalidFields: [{ name, reason }] });

/** The terms a subscription copies from a plan version; without a plan, paid and unlimited. */
export function termsOf(plan: Plan | null) {
  return {
    planId: plan?.planId ?? null,
    planVersion: plan?.version ?? null,
    terms: plan?.terms ?? "paid",
    subscriptionPeriod: plan?.subscriptionPeriod ?? -1,
    gracePeriod: plan?.gracePeriod ?? 0,
    reminderBeforePeriod: plan?.reminderBeforePeriod ?? -1,
    appLimit: plan?.appLimit ?? -1,
    namespaceLimit: plan?.namespaceLimit ?? -1,
    costPerAppUnitMinor: plan?.costPerAppUnitMinor ?? 0,
    costPerNamespaceUnitMinor: plan?.costPerNamespaceUnitMinor ?? 0,
  } satisfies SubscriptionValues;
}

/** Whether one subscribes to the plan directly: one that needs an approver goes through approval requests. */
export const subscribesDirectly = (plan: Plan) => !plan.approvalRequired;

const offeredAt = (plan: Plan, at: Date) =>
  !plan.deleted &&
  (!plan.validFrom || plan.validFrom.getTime() <= at.getTime()) &&
  (!plan.validUntil || plan.validUntil.getTime() > at.getTime());

/**
 * The latest version of a plan of this product that can be subscribed to at `at`: offered
 * then, and not one that needs an approver (those go through the approval requests).
 */
export async function subscribablePlan(
  tx: Executor,
  productId: string,
  planId: string,
  at: Date,
): Promise<Plan> {
  const [plan] = await latestVersions(tx, and(eq(plans.productId, productId), eq(plans.planId, planId)));
  if (!plan || !offeredAt(plan, at)) {
    throw invalid(
      "planId",
      "is not a plan offered for this product",
      "That plan is not offered for this product.",
    );
  }
  if (!subscribesDirectly(plan)) {
    throw invalid(
      "planId",
      "needs approval",
      "This plan needs an approver's approval: request it instead of subscribing directly.",
    );
  }
  return plan;
}

/** A product's plans offered at `at` (latest versions, by name). */
export async function offeredPlans(tx: Executor, productId: string, at: Date): Promise<Plan[]> {
  return (await offeredPlansByProduct(tx, [productId], at)).get(productId)!;
}

/**
 * Each product's plans offered at `at` (latest versions, by name; an empty list for a product
 * with none), read in one query however many products a screen offers.
 */
export async function offeredPlansByProduct(
  tx: Executor,
  productIds: string[],
  at: Date,
): Promise<Map<string, Plan[]>> {
  const byProduct = new Map(productIds.map((id): [string, Plan[]] => [id, []]));
  if (!productIds.length) return byProduct;
  for (const plan of await latestVersions(tx, inArray(plans.productId, productIds))) {
    if (offeredAt(plan, at)) byProduct.get(plan.productId)!.push(plan);
  }
  return byProduct;
}
