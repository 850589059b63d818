import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import {
  products,
  subscriptionChangeKind,
  type Subscription,
  type SubscriptionChangeKind,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { runningPeriodEnd } from "./cancel-subscription";
import { mayCommercial, type CommercialAction } from "./commercial-policy";
import { actionOfKind } from "./load-change";
import { commercialRecordOf } from "./load-subscription";

/** Which of a subscription's controls a screen shows the actor. */
export interface SubscriptionControls {
  changeQuantity: boolean;
  changePlan: boolean;
  /** Cancel now; null: no cancel control at all. */
  cancel: { atPeriodEnd: boolean } | null;
  /** The kinds of waiting change the actor may withdraw. */
  withdraw: SubscriptionChangeKind[];
}

/**
 * The controls for one subscription, from the commercial policy and the subscription's state, so
 * a page never decides who may do what: nothing changes an ended subscription, quantity only for
 * products sold by quantity, one cancellation at a time, at period end only while a period runs
 * to an end. Every write is checked again by the domain; this only keeps dead buttons away.
 */
export async function subscriptionControls({
  actor,
  subscription,
}: {
  actor: Actor;
  subscription: Subscription;
}): Promise<SubscriptionControls> {
  const record = commercialRecordOf(subscription);
  const may = (action: CommercialAction) => mayCommercial(actor, record, action);
  const withdraw = subscriptionChangeKind.enumValues.filter((kind) => may(actionOfKind(kind)));
  if (subscription.status === "ended") {
    return { changeQuantity: false, changePlan: false, cancel: null, withdraw };
  }
  const db = await getDb();
  const [product] = await db
    .select({ hasQuantity: products.hasQuantity })
    .from(products)
    .where(eq(products.id, subscription.productId));
  const cancel = may("cancel") && !subscription.cancelAtPeriodEnd;
  return {
    changeQuantity: may("changeQuantity") && !!product?.hasQuantity,
    changePlan: may("changePlan"),
    cancel: cancel ? { atPeriodEnd: runningPeriodEnd(subscription) !== null } : null,
    withdraw,
  };
}
