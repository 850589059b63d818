import "server-only";
import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { readTogether } from "@/db/read-together";
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
import { cappedIds, searchedPage, sortedMatchIds } from "@/lib/list-search";
import { containing } from "@/lib/sql-like";
import { parseInput } from "@/lib/validation";
import { commercialListScope, commercialListSides } from "./commercial-policy";
import { subscriptionRecords } from "./commercial-records";
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
  const [orgs, productRows, planRows, barrings] = await readTogether(executor, [
    () => executor.select().from(organizations).where(inArray(organizations.id, orgIds)),
    () =>
      executor
        .select()
        .from(products)
        .where(inArray(products.id, [...new Set(rows.map((r) => r.productId))])),
    async () =>
      planIds.length ? await executor.select().from(plans).where(inArray(plans.planId, planIds)) : [],
    () =>
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

/** The filters but the search, as SQL, inside what the actor may read (see the commercial policy). */
function filterConditions(actor: Actor, f: SubscriptionFilter): SQL | undefined {
  return and(
    commercialListScope(actor, subscriptionRecords),
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
  );
}

/** `q`: the subscription's number, or part of its organization's name or slug or of its product. */
function searchOf(q: string) {
  const pattern = containing(q.toLowerCase());
  return {
    number: /^\d{1,15}$/.test(q) ? Number(q) : null,
    organizations: or(ilike(organizations.name, pattern), ilike(organizations.slug, pattern))!,
    products: ilike(products.searchText, pattern),
  };
}

/**
 * The search as a test of each row, for the walk: scalar subqueries, which the planner cannot
 * turn into hashing every matching organization first (EXISTS can), costly for a common word.
 */
function rowSearch(q: string, row: Record<"number" | "organizationId" | "productId", AnyPgColumn>): SQL {
  const search = searchOf(q);
  return or(
    search.number !== null ? eq(row.number, search.number) : undefined,
    sql`coalesce((select ${search.organizations} from ${organizations} where ${organizations.id} = ${row.organizationId}), false)`,
    sql`coalesce((select ${search.products} from ${products} where ${products.id} = ${row.productId}), false)`,
  )!;
}

/** The filters as SQL, inside what the actor may read (see the commercial policy). */
export function subscriptionConditions(actor: Actor, f: SubscriptionFilter): SQL | undefined {
  if (!f.q) return filterConditions(actor, f);
  const search = searchOf(f.q);
  return and(
    filterConditions(actor, f),
    or(
      search.number !== null ? eq(subscriptions.number, search.number) : undefined,
      sql`exists (select 1 from ${organizations} where ${organizations.id} = ${subscriptions.organizationId} and ${search.organizations})`,
      sql`exists (select 1 from ${products} where ${products.id} = ${subscriptions.productId} and ${search.products})`,
    ),
  );
}

type PageOf = { where: SQL | undefined; direction: "asc" | "desc"; limit: number };

/**
 * A searched page (`searchedPage`): the probe finds the matching organizations and products
 * (at most `cap` of each) and their subscriptions through the organization and product indexes;
 * a commoner search walks the newest-first index and tests each row.
 */
function searchSubscriptions(db: Executor, q: string, p: PageOf): Promise<Subscription[]> {
  const search = searchOf(q);
  const order = p.direction === "asc" ? asc : desc;
  const byIds = (ids: SQLWrapper | string[]) =>
    db
      .select()
      .from(subscriptions)
      .where(inArray(subscriptions.id, ids))
      .orderBy(order(subscriptions.createdOn), order(subscriptions.id));
  return searchedPage({
    wanted: p.limit,
    probe: async (cap) => {
      const organizationIds = await cappedIds(
        db.select({ id: organizations.id }).from(organizations).where(search.organizations),
        cap,
      );
      const productIds = await cappedIds(
        db.select({ id: products.id }).from(products).where(search.products),
        cap,
      );
      if (!organizationIds || !productIds) return null;
      const matching = or(
        search.number !== null ? eq(subscriptions.number, search.number) : undefined,
        inArray(subscriptions.organizationId, organizationIds),
        inArray(subscriptions.productId, productIds),
      );
      return cappedIds(
        db.select({ id: subscriptions.id }).from(subscriptions).where(and(p.where, matching)),
        cap,
      );
    },
    among: (ids) => byIds(ids).limit(p.limit),
    walk: (window) => {
      const w = db
        .select()
        .from(subscriptions)
        .where(p.where)
        .orderBy(order(subscriptions.createdOn), order(subscriptions.id))
        .limit(window)
        .as("sort_window");
      return db
        .select()
        .from(w)
        .where(rowSearch(q, w))
        .orderBy(order(w.createdOn), order(w.id))
        .limit(p.limit);
    },
    // The matches through the organization and product indexes, then sorted.
    all: () => {
      const matching = or(
        search.number !== null ? eq(subscriptions.number, search.number) : undefined,
        sql`${subscriptions.organizationId} = any(array(select ${organizations.id} from ${organizations} where ${search.organizations}))`,
        sql`${subscriptions.productId} = any(array(select ${products.id} from ${products} where ${search.products}))`,
      );
      return byIds(
        sortedMatchIds(
          sql`select ${subscriptions.id} as id, ${subscriptions.createdOn} as key from ${subscriptions}
            where ${and(p.where, matching)}`,
          { key: p.direction, id: p.direction },
          p,
        ),
      );
    },
  });
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
  const sides = commercialListSides(actor, subscriptionRecords);
  const pages = await Promise.all(
    sides.map((side) => {
      const where = and(filterConditions(actor, q), after, side);
      if (q.q) return searchSubscriptions(db, q.q, { where, direction: q.direction, limit: q.limit + 1 });
      return db
        .select()
        .from(subscriptions)
        .where(where)
        .orderBy(order(subscriptions.createdOn), order(subscriptions.id))
        .limit(q.limit + 1);
    }),
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
