import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { unionAll, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { bundles, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toSpringPage } from "@/lib/http/spring-page";
import { cappedIds, searchedPage, sortedMatchIds } from "@/lib/list-search";
import { exactTotalFor, listTotal } from "@/lib/list-total";
import { parseInput } from "@/lib/validation";
import { parseBundleFilter, type FilterNode } from "./bundle-filter";
import { searchBundlesSchema, type bundleSortFields } from "./bundle-schemas";
import { bundleScope } from "./bundle-scope";
import { bundleTextSearch, type BundleColumns } from "./bundle-text-search";
import { presentBundles } from "./present-bundle";

const sortColumns = {
  name: "name",
  createdAt: "createdOn",
  updatedAt: "updatedOn",
  requestedOn: "requestedOn",
  contractStatus: "contractStatus",
} as const satisfies Record<(typeof bundleSortFields)[number], keyof Bundle>;

type Sort = { column: (typeof sortColumns)[keyof typeof sortColumns]; direction: "asc" | "desc" };
/** The bundles table, or a subquery of its rows (the walk's window). */
type Columns = BundleColumns & Record<Sort["column"], AnyPgColumn>;

/** `name asc` (the default), `createdAt desc`, `name,desc`…; anything else is a 400 naming `sort`. */
function sortOf(sort: string | undefined): Sort {
  const match = /^(\w+)(?:[\s,]+(asc|desc))?$/i.exec(sort ?? "name asc");
  const column = match && sortColumns[match[1] as keyof typeof sortColumns];
  if (!column) {
    throw new AppError("invalid_input", "The sort is not valid.", {
      invalidFields: [
        {
          name: "sort",
          reason: `must read "field asc|desc" with field one of ${Object.keys(sortColumns).join(", ")}`,
        },
      ],
    });
  }
  return { column, direction: match[2]?.toLowerCase() === "desc" ? "desc" : "asc" };
}

/** The sort's order, the id ascending as its tie-breaker whatever the direction. */
const orderBy = ({ column, direction }: Sort, t: Columns = bundles) => [
  (direction === "desc" ? desc : asc)(t[column]),
  asc(t.id),
];

function filterSql(node: FilterNode): SQL {
  if ("op" in node) return (node.op === "AND" ? and : or)(...node.nodes.map(filterSql))!;
  if (node.field === "contractStatus") return eq(bundles.contractStatus, node.value);
  return eq(
    node.field === "organizationId" ? bundles.organizationId : bundles.providerOrganizationId,
    node.value,
  );
}

type PageOf = { sort: Sort; limit: number; offset: number };

/**
 * A page of the bundles `where` selects, searched for `q`, in the sort's order. The rows are read
 * by id after their positions: a deep offset then walks only the sort's index, not every skipped
 * row. A search goes through `searchedPage`, since its indexes and the sort's serve different searches.
 */
function readBundles(
  db: Executor,
  where: SQL | undefined,
  q: string | undefined,
  p: PageOf,
): Promise<Bundle[]> {
  const ordered = orderBy(p.sort);
  const byIds = (ids: SQLWrapper | string[]) =>
    db
      .select()
      .from(bundles)
      .where(inArray(bundles.id, ids))
      .orderBy(...ordered);
  if (!q) {
    return byIds(
      db
        .select({ id: bundles.id })
        .from(bundles)
        .where(where)
        .orderBy(...ordered)
        .limit(p.limit)
        .offset(p.offset),
    );
  }
  const search = bundleTextSearch(db, q);
  return searchedPage({
    wanted: p.limit,
    // Each step reads at most `cap + 1` rows: organizations named like `q`, products, the
    // bundles holding those products, then the matching bundles.
    probe: async (cap) => {
      const providers = await cappedIds(search.organizations(), cap);
      const products = providers && (await cappedIds(search.products(), cap));
      const holding = products && (await cappedIds(search.holding(products), cap));
      if (!providers || !holding) return null;
      return cappedIds(idsOf(db, search.parts({ providers, holding }, where)), cap);
    },
    among: (ids) => byIds(ids).limit(p.limit).offset(p.offset),
    walk: (window) => {
      const w = db
        .select()
        .from(bundles)
        .where(where)
        .orderBy(...ordered)
        .limit(window)
        .as("sort_window");
      return db
        .select()
        .from(w)
        .where(search.row(w))
        .orderBy(...orderBy(p.sort, w))
        .limit(p.limit)
        .offset(p.offset);
    },
    all: () => {
      const keyed = search
        .parts(search.everyName(), where)
        .map(
          (part) =>
            sql`(select ${bundles.id} as id, ${bundles[p.sort.column]} as key from ${bundles} where ${part})`,
        );
      return byIds(
        sortedMatchIds(sql.join(keyed, sql` union all `), { key: p.sort.direction, id: "asc" }, p),
      );
    },
  });
}

/** The ids of the bundles each condition selects, in one `union all` (the conditions are disjoint). */
function idsOf(db: Executor, conditions: SQL[]) {
  const [first, second, ...more] = conditions.map((c) =>
    db.select({ id: bundles.id }).from(bundles).where(c),
  );
  return unionAll(first!, second!, ...more);
}

/** The ids of the bundles `where` selects and `q` matches, for their count. */
function matchingIds(db: Executor, where: SQL | undefined, q: string | undefined) {
  if (!q) return db.select({ id: bundles.id }).from(bundles).where(where);
  const search = bundleTextSearch(db, q);
  return idsOf(db, search.parts(search.everyName(), where));
}

/** Wallis' bundle search: the caller's bundles (bundle-scope.ts), filtered, searched, sorted, paged. */
export async function searchBundles({ actor, input }: { actor: Actor; input: unknown }) {
  const query = parseInput(searchBundlesSchema, input);
  const where = and(
    bundleScope(actor),
    query.filter ? filterSql(parseBundleFilter(query.filter)) : undefined,
  );
  const sort = sortOf(query.sort);
  const db = await getDb();
  const [rows, total] = await Promise.all([
    readBundles(db, where, query.q, { sort, limit: query.size, offset: query.page * query.size }),
    listTotal(db, matchingIds(db, where, query.q), { exactUpTo: exactTotalFor(query.q) }),
  ]);
  const content = await presentBundles(db, rows);
  return toSpringPage(content, { page: query.page, size: query.size, sort: query.sort }, total);
}
