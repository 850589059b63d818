import "server-only";
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/open";
import { bundleProducts, bundles, organizations, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toSpringPage } from "@/lib/http/spring-page";
import { listTotal } from "@/lib/list-total";
import { containing } from "@/lib/sql-like";
import { parseInput } from "@/lib/validation";
import { parseBundleFilter, type FilterNode } from "./bundle-filter";
import { searchBundlesSchema, type bundleSortFields } from "./bundle-schemas";
import { bundleScope } from "./bundle-scope";
import { presentBundles } from "./present-bundle";

const sortColumns = {
  name: bundles.name,
  createdAt: bundles.createdOn,
  updatedAt: bundles.updatedOn,
  requestedOn: bundles.requestedOn,
  contractStatus: bundles.contractStatus,
} as const satisfies Record<(typeof bundleSortFields)[number], unknown>;

/** `name asc` (the default), `createdAt desc`, `name,desc`…; anything else is a 400 naming `sort`. */
function orderOf(sort: string | undefined) {
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
  const direction = match[2]?.toLowerCase() === "desc" ? desc : asc;
  return [direction(column), asc(bundles.id)];
}

function filterSql(node: FilterNode): SQL {
  if ("op" in node) return (node.op === "AND" ? and : or)(...node.nodes.map(filterSql))!;
  if (node.field === "contractStatus") return eq(bundles.contractStatus, node.value);
  return eq(
    node.field === "organizationId" ? bundles.organizationId : bundles.providerOrganizationId,
    node.value,
  );
}

const provider = alias(organizations, "provider");

/**
 * `q`: case-insensitive contains over the bundle's name and description, its provider's name and
 * its products' names. One IN over a UNION, each part served by its trigram index, where an OR
 * across the joined tables would test every bundle in the sort's order until a page is full.
 */
function textMatch(q: string): SQL {
  const pattern = containing(q);
  return sql`${bundles.id} in (
    select ${bundles.id} from ${bundles} where ${bundles.name} ilike ${pattern} or ${bundles.description} ilike ${pattern}
    union
    select ${bundles.id} from ${bundles} where ${bundles.providerOrganizationId} = any(array(
      select ${organizations.id} from ${organizations} where ${organizations.name} ilike ${pattern}))
    union
    select ${bundleProducts.bundleId} from ${bundleProducts} where ${bundleProducts.productId} = any(array(
      select ${products.id} from ${products} where ${products.name} ilike ${pattern})))`;
}

/** Wallis' bundle search: the caller's bundles (bundle-scope.ts), filtered, searched, sorted, paged. */
export async function searchBundles({ actor, input }: { actor: Actor; input: unknown }) {
  const query = parseInput(searchBundlesSchema, input);
  const where = and(
    bundleScope(actor),
    query.filter ? filterSql(parseBundleFilter(query.filter)) : undefined,
    query.q ? textMatch(query.q) : undefined,
  );
  const order = orderOf(query.sort);
  const db = await getDb();
  const total = await listTotal(
    db,
    db
      .select({ id: bundles.id })
      .from(bundles)
      .innerJoin(provider, eq(provider.id, bundles.providerOrganizationId))
      .where(where),
  );
  const rows = await db
    .select({ bundle: bundles })
    .from(bundles)
    .innerJoin(provider, eq(provider.id, bundles.providerOrganizationId))
    .where(where)
    .orderBy(...order)
    .limit(query.size)
    .offset(query.page * query.size);
  const content = await presentBundles(
    db,
    rows.map((r) => r.bundle),
  );
  return toSpringPage(content, { page: query.page, size: query.size, sort: query.sort }, total);
}
