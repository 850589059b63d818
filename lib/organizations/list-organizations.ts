import "server-only";
import { and, asc, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
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
import { listTotal, type ListTotal } from "@/lib/list-total";
import { containing } from "@/lib/sql-like";

type SortField = (typeof organizationSortFields)[number];

function filterConditions(f: OrganizationFilter): SQL | undefined {
  return and(
    f.query ? ilike(organizations.searchText, containing(f.query.toLowerCase())) : undefined,
    f.status ? eq(organizations.organizationStatus, f.status) : undefined,
    f.provider ? eq(organizations.provider, f.provider === "true") : undefined,
    f.enterprise ? eq(organizations.enterpriseOrganization, f.enterprise === "true") : undefined,
  );
}

const sortColumn = (field: SortField) =>
  field === "name"
    ? sql`lower(${organizations.name})`
    : field === "slug"
      ? sql`${organizations.slug}`
      : sql`${organizations.createdOn}`;

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
  const order = q.direction === "asc" ? asc : desc;
  const db = await getDb();
  const rows = await db
    .select()
    .from(organizations)
    .where(and(filterConditions(q), after))
    .orderBy(order(column), order(organizations.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentOrganization),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ value: sortValue(last, q.sort), id: last.id }) : null,
  };
}

/** How many organizations match the filters (the list's "1–25 of N"), estimated above 10,000. */
export async function countOrganizations({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): Promise<ListTotal> {
  authorize(actor, "platform.organizations.manage");
  const db = await getDb();
  const where = filterConditions(parseInput(organizationFilterSchema, filter));
  return listTotal(db, db.select({ id: organizations.id }).from(organizations).where(where));
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
  const where = filterConditions(parseInput(organizationFilterSchema, filter));
  const { field, direction } = parseSort(page.sort, organizationSortFields, "name");
  const order = direction === "asc" ? asc : desc;
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(order(sortColumn(field)), order(organizations.id))
      .limit(page.size)
      .offset(page.page * page.size),
    listTotal(db, db.select({ id: organizations.id }).from(organizations).where(where)),
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
