import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { products, subscriptions, type Subscription, type SubscriptionStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { presentSubscriptions } from "@/lib/subscriptions/read-subscriptions";
import { subscriptionScope } from "./scope";

export type NextEvent = "renews" | "ends" | "trial ends" | "grace ends" | "starts";

export interface SubscriptionRenewal {
  id: string;
  productName: string;
  planName: string | null;
  providerName: string;
  status: SubscriptionStatus;
  next: { event: NextEvent; on: Date } | null;
}

/**
 * What happens next to a running subscription: a trial ends, a grace period ends, a scheduled
 * one starts, a paid period renews — or ends, when it is cancelled at the period's end. A
 * paused subscription, or a period that never ends, has nothing next.
 */
export function nextEvent(
  s: Pick<Subscription, "status" | "currentPeriodEndsOn" | "graceEndsOn" | "cancelAtPeriodEnd" | "startsOn">,
): SubscriptionRenewal["next"] {
  if (s.status === "scheduled") return { event: "starts", on: s.startsOn };
  if (s.status === "grace") return s.graceEndsOn ? { event: "grace ends", on: s.graceEndsOn } : null;
  if (!s.currentPeriodEndsOn || s.status === "paused" || s.status === "ended") return null;
  if (s.status === "trialing") return { event: "trial ends", on: s.currentPeriodEndsOn };
  return { event: s.cancelAtPeriodEnd ? "ends" : "renews", on: s.currentPeriodEndsOn };
}

/** The subscriptions the actor may list that have not ended, whatever happens next soonest first. */
export async function subscriptionRenewals({
  actor,
  db,
  limit = 10,
}: {
  actor: Actor;
  db?: Executor;
  limit?: number;
}): Promise<SubscriptionRenewal[]> {
  const executor = db ?? (await getDb());
  const rows = await executor
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(products, eq(products.id, subscriptions.productId))
    .where(and(subscriptionScope(actor), ne(subscriptions.status, "ended")))
    .orderBy(asc(products.name), asc(subscriptions.id))
    .limit(limit);
  const views = await presentSubscriptions(
    executor,
    rows.map((r) => r.subscription),
  );
  return views
    .map((v) => ({
      id: v.id,
      productName: v.productName,
      planName: v.planName,
      providerName: v.providerName,
      status: v.status,
      next: nextEvent(v),
    }))
    .sort((a, b) => (a.next?.on.getTime() ?? Infinity) - (b.next?.on.getTime() ?? Infinity));
}
