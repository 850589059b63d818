import "server-only";
import { inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleProducts, type Bundle, type bundlePlanSubscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { subscribeApprovedPlans } from "./approved-subscriptions";
import { grantAccess } from "./grant-access";

/**
 * What an approval brings: the approved plans' subscriptions, then access to their products.
 * Answers the emails to deliver after the commit (a new key holder's invitation, notices).
 */
export async function approvedSubscriptionsAndAccess(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  approved: (typeof bundlePlanSubscriptions.$inferSelect)[],
): Promise<string[]> {
  if (approved.length === 0) return [];
  const subscriptionOf = await subscribeApprovedPlans(tx, actor, bundle, approved);
  const productRows = await tx
    .select({ productId: bundleProducts.productId })
    .from(bundleProducts)
    .where(
      inArray(
        bundleProducts.id,
        approved.map((row) => row.bundleProductId),
      ),
    );
  return grantAccess(tx, actor, bundle, [...new Set(productRows.map((p) => p.productId))], subscriptionOf);
}
