import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { readTogether } from "@/db/read-together";
import {
  bundleAccesses,
  bundleAccessStatuses,
  bundleApprovals,
  bundleBusinessCases,
  bundlePlanSubscriptions,
  bundleProducts,
  organizationContacts,
  organizations,
  plans,
  products,
  type Bundle,
} from "@/db/schema";

/**
 * Everything a page of bundles shows, in a few batched reads rather than a query per bundle:
 * both organizations and their contacts, business cases, products with their plans at the
 * requested versions, the decision history and the accesses with theirs.
 */
export async function loadBundleParts(executor: Executor, rows: Bundle[]) {
  const ids = rows.map((b) => b.id);
  const orgIds = [...new Set(rows.flatMap((b) => [b.organizationId, b.providerOrganizationId]))];
  const [orgs, contacts, cases, productRows, planRows, approvals, accesses] = await readTogether(executor, [
    () => executor.select().from(organizations).where(inArray(organizations.id, orgIds)),
    () =>
      executor
        .select()
        .from(organizationContacts)
        .where(inArray(organizationContacts.organizationId, orgIds)),
    () =>
      executor
        .select()
        .from(bundleBusinessCases)
        .where(inArray(bundleBusinessCases.bundleId, ids))
        .orderBy(asc(bundleBusinessCases.key)),
    () =>
      executor
        .select({ row: bundleProducts, product: products })
        .from(bundleProducts)
        .innerJoin(products, eq(products.id, bundleProducts.productId))
        .where(inArray(bundleProducts.bundleId, ids))
        .orderBy(asc(products.name)),
    () =>
      executor
        .select({ row: bundlePlanSubscriptions, plan: plans })
        .from(bundlePlanSubscriptions)
        .innerJoin(
          plans,
          and(
            eq(plans.planId, bundlePlanSubscriptions.planId),
            eq(plans.version, bundlePlanSubscriptions.planVersion),
          ),
        )
        .where(inArray(bundlePlanSubscriptions.bundleId, ids))
        .orderBy(asc(plans.name)),
    () =>
      executor
        .select()
        .from(bundleApprovals)
        .where(inArray(bundleApprovals.bundleId, ids))
        .orderBy(asc(bundleApprovals.createdAt), asc(bundleApprovals.id)),
    () =>
      executor
        .select()
        .from(bundleAccesses)
        .where(inArray(bundleAccesses.bundleId, ids))
        .orderBy(asc(bundleAccesses.createdOn)),
  ]);
  const statuses = accesses.length
    ? await executor
        .select()
        .from(bundleAccessStatuses)
        .where(
          inArray(
            bundleAccessStatuses.accessId,
            accesses.map((a) => a.id),
          ),
        )
        .orderBy(asc(bundleAccessStatuses.createdAt), asc(bundleAccessStatuses.id))
    : [];
  return { orgs, contacts, cases, productRows, planRows, approvals, accesses, statuses };
}

export type BundleParts = Awaited<ReturnType<typeof loadBundleParts>>;
