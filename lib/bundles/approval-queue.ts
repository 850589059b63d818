import "server-only";
import { and, asc, desc, eq, exists, inArray, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import {
  bundlePlanSubscriptions,
  bundleProducts,
  bundles,
  organizations,
  products,
  type ContractStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listTotal } from "@/lib/list-total";
import { nowMs } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { approvalQueueSchema } from "./bundle-schemas";
import { openStatuses } from "./transitions";

export interface ApprovalQueueRow {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  contractStatus: ContractStatus;
  requestedOn: string | null;
  ageDays: number;
  products: { id: string; name: string }[];
  openPlans: number;
  changeSequence: number;
}

const sortColumn = {
  requestedOn: bundles.requestedOn,
  name: sql`lower(${bundles.name})`,
  organizationName: sql`lower(${organizations.name})`,
} as const;

/** A bundle's products by name, as a JSON array read with its row (no query per page of rows). */
const bundleProductsOf = (bundleId: typeof bundles.id) =>
  sql<{ id: string; name: string }[]>`coalesce((
    select json_agg(json_build_object('id', ${products.id}, 'name', ${products.name}) order by ${products.name}, ${products.id})
    from ${bundleProducts} inner join ${products} on ${products.id} = ${bundleProducts.productId}
    where ${bundleProducts.bundleId} = ${bundleId}), '[]'::json)`;

/** How many of a bundle's plan requests still wait for a decision. */
const openPlansOf = (bundleId: typeof bundles.id) =>
  sql<number>`(select count(*)::int from ${bundlePlanSubscriptions}
    where ${bundlePlanSubscriptions.bundleId} = ${bundleId}
    and ${inArray(bundlePlanSubscriptions.approvalStatus, [...openStatuses])})`;

/**
 * The provider's queue of requests waiting for a decision, oldest first (or as sorted): by state, by one of
 * its products, by requesting organization, and by age. Platform admins acting from no
 * organization see every provider's; anyone else only their own organization's as provider.
 */
export async function listApprovalQueue({ actor, input = {} }: { actor: Actor; input?: unknown }) {
  const query = parseInput(approvalQueueSchema, input);
  const states: ContractStatus[] = query.state === "open" ? ["REQUESTED", "IN_PROGRESS"] : [query.state];
  const scope: SQL | undefined = actor.organizationId
    ? eq(bundles.providerOrganizationId, actor.organizationId)
    : actor.platformAdmin
      ? undefined
      : sql`false`;
  const where = and(
    scope,
    inArray(bundles.contractStatus, states),
    query.organizationId ? eq(bundles.organizationId, query.organizationId) : undefined,
    query.productId
      ? exists(
          sql`(select 1 from ${bundleProducts} where ${bundleProducts.bundleId} = ${bundles.id} and ${bundleProducts.productId} = ${query.productId})`,
        )
      : undefined,
    query.olderThanDays !== undefined
      ? lte(bundles.requestedOn, new Date(nowMs() - query.olderThanDays * 86_400_000))
      : undefined,
  );
  const order = query.direction === "asc" ? asc : desc;
  const db = await getDb();
  const total = await listTotal(db, db.select({ id: bundles.id }).from(bundles).where(where));
  const rows = await db
    .select({
      id: bundles.id,
      name: bundles.name,
      organizationId: bundles.organizationId,
      organizationName: organizations.name,
      contractStatus: bundles.contractStatus,
      requestedOn: bundles.requestedOn,
      changeSequence: bundles.changeSequence,
      products: bundleProductsOf(bundles.id),
      openPlans: openPlansOf(bundles.id),
    })
    .from(bundles)
    .innerJoin(organizations, eq(organizations.id, bundles.organizationId))
    .where(where)
    .orderBy(order(sortColumn[query.sort]), order(bundles.id))
    .limit(query.size)
    .offset(query.page * query.size);
  const items: ApprovalQueueRow[] = rows.map(({ requestedOn, ...row }) => ({
    ...row,
    requestedOn: requestedOn?.toISOString() ?? null,
    ageDays: requestedOn ? Math.floor((nowMs() - requestedOn.getTime()) / 86_400_000) : 0,
  }));
  return {
    items,
    total: total.count,
    totalEstimated: total.estimated,
    page: query.page,
    size: query.size,
  };
}
