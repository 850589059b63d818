import "server-only";
import { getDb } from "@/db/open";
import type { Product } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeRefusal } from "@/lib/auth/write-guard";
import { isListedProduct, loadProduct } from "@/lib/catalog/product-reads";
import { now } from "@/lib/clock";
import { mayCommercial } from "./commercial-policy";
import { offeredPlans } from "./plan-terms";

/** How a plan is taken: subscribed to directly, or asked for from an approver. */
export type PlanOffer = "direct" | "approval";

export interface SubscribeOffer {
  /** Null when the actor may subscribe their organization; otherwise why not, in a sentence. */
  refusal: string | null;
  hasQuantity: boolean;
  /** The product's plans offered now, by plan id; a plan not in it is not offered today. */
  plans: Record<string, PlanOffer>;
}

/** Why the actor may not subscribe their own organization to this provider's product, or null. */
function refusalOf(actor: Actor, product: Product): string | null {
  if (!actor.organizationId) return "Subscribing needs an organization: act from one of yours.";
  const record = {
    subscriberOrganizationId: actor.organizationId,
    providerOrganizationId: product.providerOrganizationId,
  };
  if (!mayCommercial(actor, record, "subscribe")) {
    return "Only owners and admins of your organization may subscribe.";
  }
  return writeRefusal(actor, "subscriptions.manage");
}

/**
 * What the portal's product page offers the signed-in customer: which plans can be taken now
 * (the same rule createSubscription applies: a listed product, a plan valid today) and how, and
 * whether this actor may subscribe their organization at all.
 */
export async function subscribeOffer({
  actor,
  productId,
}: {
  actor: Actor;
  productId: string;
}): Promise<SubscribeOffer> {
  const db = await getDb();
  const product = await loadProduct(db, actor, productId);
  const offered = (await isListedProduct(db, product.id)) ? await offeredPlans(db, product.id, now()) : [];
  return {
    refusal: refusalOf(actor, product),
    hasQuantity: product.hasQuantity,
    plans: Object.fromEntries(offered.map((p) => [p.planId, p.approvalRequired ? "approval" : "direct"])),
  };
}
