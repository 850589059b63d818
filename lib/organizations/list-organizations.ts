import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, type Organization } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { csvLine } from "@/lib/csv";
import { parseSort, toSpringPage, type SpringPageQuery } from "@/lib/http/spring-page";
import { decodeCursor, decodeDateCursor, encodeCursor } from "@/lib/keyset-cursor";
import { parseInput } from "@/lib/validation";
import { presentOrganization } from "./present-organization";
import {
  organizationFilterSchema,
  organizationListQuerySchema,
  organizationSortFields,
  type OrganizationFilter,
  type OrganizationView,
} from "./schemas";
import { exactTotalFor, listTotal, type ListTotal } from "@/lib/list-total";
import { cappedIds, searchedPage, sortedMatchIds } from "@/lib/list-search";
import { searchTextContaining } from "@/lib/sql-like";

type SortField = (typeof organizationSortFields)[number];
type Direction = "asc" | "desc";
/** The organizations table, or a subquery of its rows (the walk's window). */
type Columns = Record<
  | "id"
  | "name"
  | "slug"
  | "createdOn"
  | "searchText"
  | "organizationStatus"
  | "provider"
  | "enterpriseOrganization",
  AnyPgColumn
>;

/**
 * The list's filters, plus for a domain that reads organizations on its own terms (the
 * subscriptions' picker: a provider's customers) a condition on the organization's id.
 */
export type OrganizationReadFilter = OrganizationFilter & { within?: (id: AnyPgColumn) => SQL };

function filterConditions(f: OrganizationReadFilter, t: Columns = organizations): SQL | undefined {
  return and(
    f.query ? searchTextContaining(t.searchText, f.query) : undefined,
    f.status ? eq(t.organizationStatus, f.status) : undefined,
    f.provider ? eq(t.provider, f.provider === "true") : undefined,
    f.enterprise ? eq(t.enterpriseOrganization, f.enterprise === "true") : undefined,
    f.within?.(t.id),
  );
}

const sortColumn = (field: SortField, t: Columns = organizations) =>
  field === "name" ? sql`lower(${t.name})` : field === "slug" ? sql`${t.slug}` : sql`${t.createdOn}`;

const orderBy = (field: SortField, direction: Direction, t: Columns = organizations) => {
  const order = direction === "asc" ? asc : desc;
  return [order(sortColumn(field, t)), order(t.id)];
};

type PageOf = { field: SortField; direction: Direction; after?: SQL; limit: number; offset: number };

/**
 * A page of the filtered list in the sort's order. The rows are read by id after their
 * positions: a deep offset then walks only the sort's covering index (organizations_name_idx
 * holds the name for `lower(name)`), not every skipped row. A search goes through
 * `searchedPage`, since its index and the sort's index serve different searches.
 * It authorizes nothing: the list functions below, and any other domain that calls it, decide
 * whom it may show (`within`).
 */
export async function readOrganizations(
  db: Executor,
  f: OrganizationReadFilter,
  p: PageOf,
): Promise<Organization[]> {
  const where = and(filterConditions(f), p.after);
  const ordered = orderBy(p.field, p.direction);
  const byIds = (ids: SQLWrapper | string[]) =>
    db
      .select()
      .from(organizations)
      .where(inArray(organizations.id, ids))
      .orderBy(...ordered);
  const positions = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(where)
    .orderBy(...ordered)
    .limit(p.limit)
    .offset(p.offset);
  if (!f.query) return byIds(positions);
  return searchedPage({
    wanted: p.limit,
    probe: (cap) => cappedIds(db.select({ id: organizations.id }).from(organizations).where(where), cap),
    among: (ids) => byIds(ids).limit(p.limit).offset(p.offset),
    walk: async (window) => {
      const w = db
        .select()
        .from(organizations)
        .where(p.after)
        .orderBy(...ordered)
        .limit(window)
        .as("sort_window");
      return db
        .select()
        .from(w)
        .where(filterConditions(f, w))
        .orderBy(...orderBy(p.field, p.direction, w))
        .limit(p.limit)
        .offset(p.offset);
    },
    all: () =>
      byIds(
        sortedMatchIds(
          sql`select ${organizations.id} as id, ${sortColumn(p.field)} as key from ${organizations} where ${where}`,
          { key: p.direction, id: p.direction },
          p,
        ),
      ),
  });
}

const sortValue = (row: Organization, field: SortField) =>
  field === "name" ? row.name.toLowerCase() : field === "slug" ? row.slug : row.createdOn.toISOString();

/** Platform admins list every organization: search, filters, sort, keyset pages. */
export async function listOrganizations({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<{ items: OrganizationView[]; nextCursor: string | null }> {
  authorize(actor, "platform.organizations.manage");
  const q = parseInput(organizationListQuerySchema, query);
  const column = sortColumn(q.sort);
  let after: SQL | undefined;
  if (q.cursor) {
    const { value, id } = decodeCursor(q.cursor);
    // A createdOn cursor must hold an instant: any other text would fail in the cast.
    const typed =
      q.sort === "createdOn"
        ? sql`${decodeDateCursor(q.cursor).at.toISOString()}::timestamptz`
        : sql`${value}`;
    after =
      q.direction === "asc"
        ? sql`(${column}, ${organizations.id}) > (${typed}, ${id}::uuid)`
        : sql`(${column}, ${organizations.id}) < (${typed}, ${id}::uuid)`;
  }
  const db = await getDb();
  const rows = await readOrganizations(db, q, {
    field: q.sort,
    direction: q.direction,
    after,
    limit: q.limit + 1,
    offset: 0,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentOrganization),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ value: sortValue(last, q.sort), id: last.id }) : null,
  };
}

/** How many organizations match the filters (the list's "1–25 of N"), estimated above 10,000 (1,000 searched). */
export async function countOrganizations({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): Promise<ListTotal> {
  authorize(actor, "platform.organizations.manage");
  const db = await getDb();
  const f = parseInput(organizationFilterSchema, filter);
  const matching = db.select({ id: organizations.id }).from(organizations).where(filterConditions(f));
  return listTotal(db, matching, { exactUpTo: exactTotalFor(f.query) });
}

/** The same list as a Spring page, for Kodexa clients (`page`, `size`, `sort=name,asc`). */
export async function pageOrganizations({
  actor,
  filter,
  page,
}: {
  actor: Actor;
  filter: unknown;
  page: SpringPageQuery;
}) {
  authorize(actor, "platform.organizations.manage");
  const f = parseInput(organizationFilterSchema, filter);
  const { field, direction } = parseSort(page.sort, organizationSortFields, "name");
  const db = await getDb();
  const [rows, total] = await Promise.all([
    readOrganizations(db, f, { field, direction, limit: page.size, offset: page.page * page.size }),
    listTotal(db, db.select({ id: organizations.id }).from(organizations).where(filterConditions(f)), {
      exactUpTo: exactTotalFor(f.query),
    }),
  ]);
  return toSpringPage(rows.map(presentOrganization), page, total);
}

const csvColumns = [
  "id",
  "slug",
  "name",
  "organizationStatus",
  "provider",
  "enterpriseOrganization",
  "publicAccess",
  "stripeCustomerId",
  "createdOn",
] as const;

/** The whole filtered list as CSV, read in keyset batches so any size streams in bounded memory. */
export async function* exportOrganizationsCsv({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): AsyncGenerator<string> {
  authorize(actor, "platform.organizations.manage");
  const f = parseInput(organizationFilterSchema, filter);
  yield csvLine(csvColumns);
  let cursor: string | undefined;
  do {
    const batch = await listOrganizations({ actor, query: { ...f, limit: 200, cursor } });
    for (const o of batch.items) yield csvLine(csvColumns.map((column) => o[column]));
    cursor = batch.nextCursor ?? undefined;
  } while (cursor);
}
