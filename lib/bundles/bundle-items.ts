import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  bundlePlanSubscriptions,
  bundleProducts,
  plans,
  products,
  type ApprovalStatus,
  type Bundle,
  type Plan,
  type Product,
} from "@/db/schema";
import { listed } from "@/lib/catalog/catalog-visibility";
import { latestVersions } from "@/lib/catalog/plans";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";

const notFoundIn = (field: string, indexes: number[]) =>
  new AppError("invalid_input", `Element not found: ${field} names something this provider does not offer.`, {
    invalidFields: indexes.map((i) => ({ name: `${field}.${i}`, reason: "element not found" })),
  });

const offeredAt = (plan: Plan, at: Date) =>
  !plan.deleted &&
  (!plan.validFrom || plan.validFrom.getTime() <= at.getTime()) &&
  (!plan.validUntil || plan.validUntil.getTime() > at.getTime());

const listedProducts = async (tx: Transaction, ids: string[], providerOrganizationId: string | null) =>
  ids.length === 0
    ? []
    : tx
        .select()
        .from(products)
        .where(
          and(
            inArray(products.id, ids),
            listed,
            providerOrganizationId ? eq(products.providerOrganizationId, providerOrganizationId) : undefined,
          ),
        );

/** Listed products of one provider (any, when null), by id; one it does not offer is a 400 naming it. */
export async function offeredProducts(
  tx: Transaction,
  providerOrganizationId: string | null,
  ids: string[],
): Promise<Product[]> {
  const found = await listedProducts(tx, ids, providerOrganizationId);
  const missing = ids.flatMap((id, i) => (found.some((p) => p.id === id) ? [] : [i]));
  if (missing.length) throw notFoundIn("productIds", missing);
  return found;
}

/**
 * The latest version of each plan, which must exist, belong to a listed product of the
 * provider, not be deleted, and be valid now; anything else is "element not found".
 */
export async function offeredPlans(
  tx: Transaction,
  providerOrganizationId: string | null,
  planIds: string[],
): Promise<{ plan: Plan; product: Product }[]> {
  if (planIds.length === 0) return [];
  const at = now();
  const latest = (await latestVersions(tx, inArray(plans.planId, planIds))).filter((p) => offeredAt(p, at));
  const owners = await listedProducts(
    tx,
    [...new Set(latest.map((p) => p.productId))],
    providerOrganizationId,
  );
  const found = latest.flatMap((plan) => {
    const product = owners.find((p) => p.id === plan.productId);
    return product ? [{ plan, product }] : [];
  });
  const missing = planIds.flatMap((id, i) => (found.some((f) => f.plan.planId === id) ? [] : [i]));
  if (missing.length) throw notFoundIn("planIds", missing);
  return found;
}

/**
 * Puts products and plans into a bundle, at the state given (null in a draft, REQUESTED once
 * asked for). A plan already in the bundle is a conflict; its product joins with it.
 */
export async function addItems(
  tx: Transaction,
  bundle: Bundle,
  items: { products: Product[]; plans: { plan: Plan; product: Product }[] },
  status: ApprovalStatus | null,
): Promise<{ planRowIds: string[]; productRowIds: string[] }> {
  const planIds = items.plans.map((p) => p.plan.planId);
  const present = planIds.length
    ? await tx
        .select({ planId: bundlePlanSubscriptions.planId })
        .from(bundlePlanSubscriptions)
        .where(
          and(
            eq(bundlePlanSubscriptions.bundleId, bundle.id),
            inArray(bundlePlanSubscriptions.planId, planIds),
          ),
        )
    : [];
  if (present.length) {
    throw new AppError("conflict", "Resource conflict: a plan is already in this bundle.", {
      invalidFields: present.map((p) => ({
        name: "planIds",
        reason: `${p.planId} is already in the bundle`,
      })),
    });
  }
  const wanted = new Map([...items.products, ...items.plans.map((p) => p.product)].map((p) => [p.id, p]));
  const existing = await tx.select().from(bundleProducts).where(eq(bundleProducts.bundleId, bundle.id));
  const added = [...wanted.keys()].filter((id) => !existing.some((row) => row.productId === id));
  const inserted = added.length
    ? await tx
        .insert(bundleProducts)
        .values(added.map((productId) => ({ bundleId: bundle.id, productId, approvalStatus: status })))
        .returning()
    : [];
  const rowOf = (productId: string) => [...existing, ...inserted].find((row) => row.productId === productId)!;
  const planRows = items.plans.length
    ? await tx
        .insert(bundlePlanSubscriptions)
        .values(
          items.plans.map(({ plan, product }) => ({
            bundleId: bundle.id,
            bundleProductId: rowOf(product.id).id,
            planId: plan.planId,
            planVersion: plan.version,
            approvalStatus: status,
            validUntil: plan.validUntil,
            createdOn: now(),
          })),
        )
        .returning({ id: bundlePlanSubscriptions.id })
    : [];
  return { planRowIds: planRows.map((r) => r.id), productRowIds: inserted.map((r) => r.id) };
}
