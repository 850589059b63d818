import "server-only";
import { and, asc, count, desc, eq, exists, inArray, lte, sql, type SQL } from "drizzle-orm";
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
    .select({ bundle: bundles, organizationName: organizations.name })
    .from(bundles)
    .innerJoin(organizations, eq(organizations.id, bundles.organizationId))
    .where(where)
    .orderBy(order(sortColumn[query.sort]), order(bundles.id))
    .limit(query.size)
    .offset(query.page * query.size);
  const ids = rows.map((r) => r.bundle.id);
  const [productRows, planCounts] = ids.length
    ? await Promise.all([
        db
          .select({ bundleId: bundleProducts.bundleId, id: products.id, name: products.name })
          .from(bundleProducts)
          .innerJoin(products, eq(products.id, bundleProducts.productId))
          .where(inArray(bundleProducts.bundleId, ids))
          .orderBy(asc(products.name)),
        db
          .select({ bundleId: bundlePlanSubscriptions.bundleId, open: count() })
          .from(bundlePlanSubscriptions)
          .where(
            and(
              inArray(bundlePlanSubscriptions.bundleId, ids),
              inArray(bundlePlanSubscriptions.approvalStatus, [...openStatuses]),
            ),
          )
          .groupBy(bundlePlanSubscriptions.bundleId),
      ])
    : [[], []];
  const items: ApprovalQueueRow[] = rows.map(({ bundle, organizationName }) => ({
    id: bundle.id,
    name: bundle.name,
    organizationId: bundle.organizationId,
    organizationName,
    contractStatus: bundle.contractStatus,
    requestedOn: bundle.requestedOn?.toISOString() ?? null,
    ageDays: bundle.requestedOn ? Math.floor((nowMs() - bundle.requestedOn.getTime()) / 86_400_000) : 0,
    products: productRows.filter((p) => p.bundleId === bundle.id).map(({ id, name }) => ({ id, name })),
    openPlans: planCounts.find((c) => c.bundleId === bundle.id)?.open ?? 0,
    changeSequence: bundle.changeSequence,
  }));
  return {
    items,
    total: total.count,
    totalEstimated: total.estimated,
    page: query.page,
    size: query.size,
  };
}
