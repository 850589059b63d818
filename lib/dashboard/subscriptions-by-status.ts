import "server-only";
import { count } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions, subscriptionStatus, type StatusCount } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorGroup, figurePerGroup, type SubscriptionGroups } from "./subscription-groups";

const statusCounts = (executor: Executor, groups: SubscriptionGroups) =>
  groups
    .join(
      executor
        .select({ group: groups.key, status: subscriptions.status, n: count() })
        .from(subscriptions)
        .$dynamic(),
    )
    .where(groups.where)
    .groupBy(groups.key, subscriptions.status);

/** Every status named, in the enum's order, zero where a group has none. */
const everyStatus = (rows: Awaited<ReturnType<typeof statusCounts>>): StatusCount[] =>
  subscriptionStatus.enumValues.map((status) => ({
    status,
    count: rows.find((r) => r.status === status)?.n ?? 0,
  }));

/** How many subscriptions each group holds in each status (the summary job's form). */
export async function subscriptionsByStatusPerGroup(executor: Executor, groups: SubscriptionGroups) {
  return figurePerGroup(await statusCounts(executor, groups), everyStatus);
}

/** How many subscriptions the actor may list are in each status, every status named (zero too). */
export async function subscriptionsByStatus({
  actor,
  db,
}: {
  actor: Actor;
  db?: Executor;
}): Promise<StatusCount[]> {
  return everyStatus(await statusCounts(db ?? (await getDb()), actorGroup(actor)));
}
