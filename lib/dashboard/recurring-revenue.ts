import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { products, subscriptions, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { subscriptionScope } from "./scope";

export interface RecurringRevenue {
  currency: string;
  /** Minor units of `currency`, rounded once per currency. */
  mrrMinor: number;
  arrMinor: number;
  subscriptions: number;
}

type PricedTerms = Pick<
  Subscription,
  | "quantity"
  | "subscriptionPeriod"
  | "appLimit"
  | "namespaceLimit"
  | "costPerAppUnitMinor"
  | "costPerNamespaceUnitMinor"
>;

/**
 * What one subscription brings in per month, in minor units (unrounded). A subscription copies
 * its terms from the plan version it was sold on, and a period's price is what those terms
 * license: apps × cost per app unit plus namespaces × cost per namespace unit, times the
 * quantity. An unlimited limit (-1) licenses no counted units, so it adds nothing; a period of
 * -1 never renews, so it is not recurring revenue. Periods are days: a multiple of 365 days is
 * that many years (12 months each), anything else counts in months of 30 days — a 30-day plan
 * is exactly its price a month, a yearly plan a twelfth of it.
 */
export function monthlyMinor(terms: PricedTerms): number {
  const days = terms.subscriptionPeriod;
  if (days <= 0) return 0;
  const units = (limit: number, costMinor: number) => Math.max(limit, 0) * costMinor;
  const perPeriod =
    terms.quantity *
    (units(terms.appLimit, terms.costPerAppUnitMinor) +
      units(terms.namespaceLimit, terms.costPerNamespaceUnitMinor));
  const months = days % 365 === 0 ? (days / 365) * 12 : days / 30;
  return perPeriod / months;
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
  const executor = db ?? (await getDb());
  const rows = await executor
    .select({ subscription: subscriptions, currency: products.currency })
    .from(subscriptions)
    .innerJoin(products, eq(products.id, subscriptions.productId))
    .where(and(subscriptionScope(actor), eq(subscriptions.status, "active")));
  const byCurrency = new Map<string, { monthly: number; subscriptions: number }>();
  for (const { subscription, currency } of rows) {
    const total = byCurrency.get(currency) ?? { monthly: 0, subscriptions: 0 };
    total.monthly += monthlyMinor(subscription);
    total.subscriptions += 1;
    byCurrency.set(currency, total);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { monthly, subscriptions: n }]) => ({
      currency,
      mrrMinor: Math.round(monthly),
      arrMinor: Math.round(monthly * 12),
      subscriptions: n,
    }));
}
