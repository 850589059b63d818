import "server-only";
import { count } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions, subscriptionStatus, type SubscriptionStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { subscriptionScope } from "./scope";

/** How many subscriptions the actor may list are in each status, every status named (zero too). */
export async function subscriptionsByStatus({
  actor,
  db,
}: {
  actor: Actor;
  db?: Executor;
}): Promise<{ status: SubscriptionStatus; count: number }[]> {
  const executor = db ?? (await getDb());
  const rows = await executor
    .select({ status: subscriptions.status, n: count() })
    .from(subscriptions)
    .where(subscriptionScope(actor))
    .groupBy(subscriptions.status);
  return subscriptionStatus.enumValues.map((status) => ({
    status,
    count: rows.find((r) => r.status === status)?.n ?? 0,
  }));
}
