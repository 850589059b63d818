import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { plans, products, type SubscriptionChange } from "@/db/schema";
import { latestVersions } from "@/lib/catalog/plans";
import { isUuid } from "@/lib/validation";

type Values = SubscriptionChange["fromValue"];

const idsOf = (values: Values[], key: "productId" | "planId") => [
  ...new Set(values.map((v) => v?.[key]).filter((id): id is string => typeof id === "string" && isUuid(id))),
];

/**
 * Names for the product and plan ids a history row's from → to values hold, so a timeline
 * reads "Basic → Pro" rather than two uuids. The changes come from a read the actor was
 * allowed (subscriptionHistory, listOpenChanges); only the names they mention are looked up.
 */
export async function namesInChanges(
  changes: Pick<SubscriptionChange, "fromValue" | "toValue">[],
): Promise<Record<string, string>> {
  const values = changes.flatMap((c) => [c.fromValue, c.toValue]);
  const productIds = idsOf(values, "productId");
  const planIds = idsOf(values, "planId");
  const db = await getDb();
  const [productRows, planRows] = await Promise.all([
    productIds.length
      ? db
          .select({ id: products.id, name: products.name })
          .from(products)
          .where(inArray(products.id, productIds))
      : [],
    planIds.length ? latestVersions(db, inArray(plans.planId, planIds)) : [],
  ]);
  const names: Record<string, string> = {};
  for (const p of productRows) names[p.id] = p.name;
  for (const p of planRows) names[p.planId] = p.name;
  return names;
}
