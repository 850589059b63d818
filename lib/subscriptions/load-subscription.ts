import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subscriptionBarrings, subscriptions, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import {
  authorizeCommercial,
  type CommercialAction,
  type CommercialRecord,
  type CommercialRole,
} from "./commercial-policy";

/** A subscription as the commercial policy sees it. */
export const commercialRecordOf = (sub: Subscription): CommercialRecord => ({
  subscriberOrganizationId: sub.organizationId,
  providerOrganizationId: sub.providerOrganizationId,
});

/**
 * A subscription the actor may take the action on. Writes lock the row (`for update`) for the
 * rest of their transaction, so two writers see each other's result instead of racing.
 */
export async function loadSubscription(
  tx: Executor,
  actor: Actor,
  id: string,
  action: CommercialAction,
): Promise<{ subscription: Subscription; role: CommercialRole }> {
  if (!isUuid(id)) throw notFound("subscription");
  const query = tx.select().from(subscriptions).where(eq(subscriptions.id, id));
  const [subscription] = action === "read" ? await query : await query.for("update");
  if (!subscription) throw notFound("subscription");
  const role = authorizeCommercial(actor, commercialRecordOf(subscription), action);
  return { subscription, role };
}

/** The subscription's active barrings (a subscription is barred while it has one). */
export async function activeBarrings(tx: Executor, subscriptionId: string) {
  return tx
    .select()
    .from(subscriptionBarrings)
    .where(
      and(eq(subscriptionBarrings.subscriptionId, subscriptionId), eq(subscriptionBarrings.active, true)),
    );
}
