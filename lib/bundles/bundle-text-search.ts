import "server-only";
import { and, ilike, inArray, not, notInArray, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { bundleProducts, bundles, organizations, products } from "@/db/schema";
import { containing } from "@/lib/sql-like";

/** The bundles table, or a subquery of its rows (a searched page's walk). */
export type BundleColumns = Record<"id" | "name" | "description" | "providerOrganizationId", AnyPgColumn>;

/** Ids: a list (the probe's, at most its cap) or a query of them. */
type Ids = string[] | SQLWrapper;

/** The organizations named like `q`, and the bundles holding a product named like it. */
export type NameMatches = { providers: Ids; holding: Ids };

/**
 * `column` is one of the ids. A query's are read first, whole (`array(…)`), so that the table is
 * read through its index on `column`: as an IN, the planner may walk the table instead and look
 * each row up in the other, reading all of it for a rare name.
 */
const oneOf = (column: AnyPgColumn, ids: Ids) =>
  Array.isArray(ids) ? inArray(column, ids) : sql`${column} = any(array(${ids}))`;

/**
 * Wallis' `q`: case-insensitive contains over the bundle's name and description, its provider's
 * name and its products' names, in the forms a searched page needs (lib/list-search.ts).
 */
export function bundleTextSearch(db: Executor, q: string) {
  const pattern = containing(q);
  const own = (t: BundleColumns = bundles) => or(ilike(t.name, pattern), ilike(t.description, pattern))!;
  const providerNamed = (provider: AnyPgColumn) =>
    sql`coalesce((select ${ilike(organizations.name, pattern)} from ${organizations} where ${organizations.id} = ${provider}), false)`;
  const productNamed = (bundleId: AnyPgColumn) =>
    sql`coalesce((select true from ${bundleProducts} join ${products} on ${products.id} = ${bundleProducts.productId}
      where ${bundleProducts.bundleId} = ${bundleId} and ${ilike(products.name, pattern)} limit 1), false)`;
  // Fresh queries each time: a query's `limit` (cappedIds) stays on it.
  const namedOrganizations = () =>
    db.select({ id: organizations.id }).from(organizations).where(ilike(organizations.name, pattern));
  const namedProducts = () =>
    db.select({ id: products.id }).from(products).where(ilike(products.name, pattern));
  const holding = (productIds: Ids) =>
    db
      .select({ id: bundleProducts.bundleId })
      .from(bundleProducts)
      .where(oneOf(bundleProducts.productId, productIds));
  return {
    organizations: namedOrganizations,
    products: namedProducts,
    /** The bundles holding one of these products (a bundle holding two, twice). */
    holding,
    /** The name matches as queries, for reading every match (the probe reads capped lists instead). */
    everyName: (): NameMatches => ({ providers: namedOrganizations(), holding: holding(namedProducts()) }),
    /**
     * The matching bundles among those `where` selects, as three disjoint sets — by their own
     * text, else by their provider's name, else by a product's name — each read through its own
     * indexes. Read with `union all`, a limit stops after its rows, where `union` (or an IN over
     * one) builds every set to drop the duplicates first.
     */
    parts: (names: NameMatches, where: SQL | undefined): SQL[] => [
      and(where, own())!,
      and(where, oneOf(bundles.providerOrganizationId, names.providers), not(own()))!,
      and(
        where,
        oneOf(bundles.id, names.holding),
        not(own()),
        // A NOT IN over a query is one hash of its ids; `<> all(array(…))` would compare each
        // row with every id in turn.
        notInArray(bundles.providerOrganizationId, names.providers),
      )!,
    ],
    /**
     * The same test of one row, for the walk of the sort's first rows: scalar subqueries, which
     * the planner cannot turn into reading every matching organization or product first.
     */
    row: (t: BundleColumns): SQL => or(own(t), providerNamed(t.providerOrganizationId), productNamed(t.id))!,
  };
}
