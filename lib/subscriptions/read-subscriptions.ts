import "server-only";
import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import {
  organizations,
  plans,
  products,
  subscriptionBarrings,
  subscriptions,
  type BarringReason,
  type Subscription,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { decodeDateCursor, encodeCursor, mergeByCreated } from "@/lib/keyset-cursor";
import { containing } from "@/lib/sql-like";
import { parseInput } from "@/lib/validation";
import { commercialListScope, commercialListSides } from "./commercial-policy";
import { loadSubscription } from "./load-subscription";
import { subscriptionListQuerySchema, type SubscriptionFilter } from "./subscription-schemas";

/** A subscription with the names people read beside it, and its active barring reasons. */
export type SubscriptionView = Subscription & {
  organizationName: string;
  organizationSlug: string;
  providerName: string;
  productName: string;
  productNumber: number;
  planName: string | null;
  barredFor: BarringReason[];
};

/** Subscriptions → views, with one query per related table. */
export async function presentSubscriptions(
  executor: Executor,
  rows: Subscription[],
): Promise<SubscriptionView[]> {
  if (!rows.length) return [];
  const orgIds = [...new Set(rows.flatMap((r) => [r.organizationId, r.providerOrganizationId]))];
  const planIds = [...new Set(rows.map((r) => r.planId).filter((id): id is string => !!id))];
  const [orgs, productRows, planRows, barrings] = await Promise.all([
    executor.select().from(organizations).where(inArray(organizations.id, orgIds)),
    executor
      .select()
      .from(products)
      .where(inArray(products.id, [...new Set(rows.map((r) => r.productId))])),
    planIds.length ? executor.select().from(plans).where(inArray(plans.planId, planIds)) : [],
    executor
      .select()
      .from(subscriptionBarrings)
      .where(
        and(
          inArray(
            subscriptionBarrings.subscriptionId,
            rows.map((r) => r.id),
          ),
          eq(subscriptionBarrings.active, true),
        ),
      ),
  ]);
  return rows.map((row) => {
    const org = orgs.find((o) => o.id === row.organizationId)!;
    const product = productRows.find((p) => p.id === row.productId)!;
    const plan = planRows.find((p) => p.planId === row.planId && p.version === row.planVersion);
    return {
      ...row,
      organizationName: org.name,
      organizationSlug: org.slug,
      providerName: orgs.find((o) => o.id === row.providerOrganizationId)!.name,
      productName: product.name,
      productNumber: product.number,
      planName: plan?.name ?? null,
      barredFor: barrings.filter((b) => b.subscriptionId === row.id).map((b) => b.reason),
    };
  });
}

/** One subscription the actor may read, whatever its status (ended ones included). */
export async function getSubscription({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<SubscriptionView> {
  const db = await getDb();
  const { subscription } = await loadSubscription(db, actor, id, "read");
  return (await presentSubscriptions(db, [subscription]))[0]!;
}

/** The filters as SQL, inside what the actor may read (see the commercial policy). */
export function subscriptionConditions(actor: Actor, f: SubscriptionFilter): SQL | undefined {
  const number = f.q && /^\d{1,15}$/.test(f.q) ? Number(f.q) : null;
  const pattern = f.q ? containing(f.q.toLowerCase()) : null;
  return and(
    commercialListScope(actor, {
      subscriber: subscriptions.organizationId,
      provider: subscriptions.providerOrganizationId,
    }),
    f.status ? eq(subscriptions.status, f.status) : undefined,
    f.live === "true"
      ? ne(subscriptions.status, "ended")
      : f.live === "false"
        ? eq(subscriptions.status, "ended")
        : undefined,
    f.productId ? eq(subscriptions.productId, f.productId) : undefined,
    f.planId ? eq(subscriptions.planId, f.planId) : undefined,
    f.organizationId ? eq(subscriptions.organizationId, f.organizationId) : undefined,
    f.providerOrganizationId ? eq(subscriptions.providerOrganizationId, f.providerOrganizationId) : undefined,
    f.terms ? eq(subscriptions.terms, f.terms) : undefined,
    pattern
      ? or(
          number !== null ? eq(subscriptions.number, number) : undefined,
          sql`exists (select 1 from ${organizations} where ${organizations.id} = ${subscriptions.organizationId} and ${or(ilike(organizations.name, pattern), ilike(organizations.slug, pattern))})`,
          sql`exists (select 1 from ${products} where ${products.id} = ${subscriptions.productId} and ${ilike(products.searchText, pattern)})`,
        )
      : undefined,
  );
}

/** Subscriptions the actor may read, filtered and searched, newest first (or oldest), in keyset pages. */
export async function listSubscriptions({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<{ items: SubscriptionView[]; nextCursor: string | null }> {
  const q = parseInput(subscriptionListQuerySchema, query);
  let after: SQL | undefined;
  if (q.cursor) {
    const { at, id } = decodeDateCursor(q.cursor);
    const row = sql`(${subscriptions.createdOn}, ${subscriptions.id})`;
    const position = sql`(${at.toISOString()}::timestamptz, ${id}::uuid)`;
    after = q.direction === "asc" ? sql`${row} > ${position}` : sql`${row} < ${position}`;
  }
  const order = q.direction === "asc" ? asc : desc;
  const db = await getDb();
  const sides = commercialListSides(actor, {
    subscriber: subscriptions.organizationId,
    provider: subscriptions.providerOrganizationId,
  });
  const pages = await Promise.all(
    sides.map((side) =>
      db
        .select()
        .from(subscriptions)
        .where(and(subscriptionConditions(actor, q), after, side))
        .orderBy(order(subscriptions.createdOn), order(subscriptions.id))
        .limit(q.limit + 1),
    ),
  );
  const rows = mergeByCreated(pages, q.limit + 1, q.direction);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await presentSubscriptions(db, page),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor({ value: last.createdOn.toISOString(), id: last.id })
        : null,
  };
}
