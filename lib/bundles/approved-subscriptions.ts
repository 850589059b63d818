import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundlePlanSubscriptions, plans, products, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { insertSubscription } from "@/lib/subscriptions/create-subscription";
import { termsOf } from "@/lib/subscriptions/plan-terms";

/**
 * An approved plan becomes the customer's subscription at the terms of the version it was
 * requested at (trial or paid, its periods and limits) — not whatever the plan says today —
 * linked back through `subscriptionId`. Written in the decision's transaction; answers a
 * subscription per product, for the access keys.
 */
export async function subscribeApprovedPlans(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  approved: (typeof bundlePlanSubscriptions.$inferSelect)[],
): Promise<Map<string, string>> {
  const at = now();
  const byProduct = new Map<string, string>();
  for (const row of approved) {
    const [found] = await tx
      .select({ plan: plans, product: products })
      .from(plans)
      .innerJoin(products, eq(products.id, plans.productId))
      .where(and(eq(plans.planId, row.planId), eq(plans.version, row.planVersion)));
    const subscription = await insertSubscription(tx, actor, {
      productId: found!.product.id,
      planId: row.planId,
      quantity: 1,
      organizationId: bundle.organizationId,
      product: found!.product,
      terms: termsOf(found!.plan),
      at,
    });
    await tx
      .update(bundlePlanSubscriptions)
      .set({ subscriptionId: subscription.id })
      .where(eq(bundlePlanSubscriptions.id, row.id));
    if (!byProduct.has(found!.product.id)) byProduct.set(found!.product.id, subscription.id);
  }
  return byProduct;
}
