import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { products, subscriptions, type RecurringRevenue } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorGroup, figurePerGroup, type SubscriptionGroups } from "./subscription-groups";

export type { RecurringRevenue } from "@/db/schema";

/**
 * What one subscription brings in per month, in minor units (exact, unrounded). A subscription
 * copies its terms from the plan version it was sold on, and a period's price is what those
 * terms license: apps × cost per app unit plus namespaces × cost per namespace unit, times the
 * quantity. An unlimited limit (-1) licenses no counted units, so it adds nothing; a period of
 * -1 never renews, so it is not recurring revenue. Periods are days: a multiple of 365 days is
 * that many years (12 months each), anything else counts in months of 30 days — a 30-day plan
 * is exactly its price a month, a yearly plan a twelfth of it. Summed in the database, so the
 * figure costs one aggregate however many subscriptions there are.
 */
const days = subscriptions.subscriptionPeriod;
const monthlyMinor = sql`case when ${days} <= 0 then 0 else
  ${subscriptions.quantity}::numeric
    * (greatest(${subscriptions.appLimit}, 0)::numeric * ${subscriptions.costPerAppUnitMinor}
      + greatest(${subscriptions.namespaceLimit}, 0)::numeric * ${subscriptions.costPerNamespaceUnitMinor})
    / case when ${days} % 365 = 0 then ${days} / 365 * 12 else ${days} / 30.0 end
  end`;

const revenueRows = (executor: Executor, groups: SubscriptionGroups) =>
  groups
    .join(
      executor
        .select({
          group: groups.key,
          currency: products.currency,
          // numeric travels as text: exact until rounded below, once per currency.
          monthly: sql<string>`sum(${monthlyMinor})`,
          subscriptions: sql<number>`count(*)::int`,
        })
        .from(subscriptions)
        .innerJoin(products, eq(products.id, subscriptions.productId))
        .$dynamic(),
    )
    .where(and(groups.where, eq(subscriptions.status, "active")))
    .groupBy(groups.key, products.currency)
    .orderBy(products.currency);

const byCurrency = (rows: Awaited<ReturnType<typeof revenueRows>>): RecurringRevenue[] =>
  rows.map(({ currency, monthly, subscriptions: n }) => ({
    currency,
    mrrMinor: Math.round(Number(monthly)),
    arrMinor: Math.round(Number(monthly) * 12),
    subscriptions: n,
  }));

/** MRR and ARR by currency for each group (the summary job's form). */
export async function recurringRevenuePerGroup(executor: Executor, groups: SubscriptionGroups) {
  return figurePerGroup(await revenueRows(executor, groups), byCurrency);
}

/**
 * MRR and ARR by currency (a subscription's currency is its product's) over the active
 * subscriptions the actor may list. Trials, paused, grace and ended subscriptions bring in nothing.
 */
export async function recurringRevenue({
  actor,
  db,
}: {
  actor: Actor;
  db?: Executor;
}): Promise<RecurringRevenue[]> {
  return byCurrency(await revenueRows(db ?? (await getDb()), actorGroup(actor)));
}
