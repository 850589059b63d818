import "server-only";
import { and, asc, eq, exists, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, plans, products, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { latestVersions } from "@/lib/catalog/plans";
import { commercialListScope } from "./commercial-policy";

/**
 * The values the subscriptions list can be filtered by: the products, plans and subscriber
 * organizations that occur in the subscriptions the actor may read — nothing the actor could
 * not find in the list itself. Ids and names only, each an index probe per candidate.
 */
export async function subscriptionFilterChoices({ actor }: { actor: Actor }) {
  const scope = commercialListScope(actor, {
    subscriber: subscriptions.organizationId,
    provider: subscriptions.providerOrganizationId,
  });
  const db = await getDb();
  const subscribed = (match: ReturnType<typeof eq>) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(subscriptions)
        .where(and(match, scope)),
    );
  const [productRows, organizationRows, planIds] = await Promise.all([
    db
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(subscribed(eq(subscriptions.productId, products.id)))
      .orderBy(asc(sql`lower(${products.name})`), asc(products.id)),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(subscribed(eq(subscriptions.organizationId, organizations.id)))
      .orderBy(asc(sql`lower(${organizations.name})`), asc(organizations.id)),
    db
      .selectDistinct({ id: subscriptions.planId })
      .from(subscriptions)
      .where(and(isNotNull(subscriptions.planId), scope)),
  ]);
  const ids = planIds.map((p) => p.id!);
  const planRows = ids.length ? await latestVersions(db, inArray(plans.planId, ids)) : [];
  const productName = new Map(productRows.map((p) => [p.id, p.name]));
  return {
    products: productRows,
    organizations: organizationRows,
    plans: planRows
      .map((p) => ({ id: p.planId, name: `${productName.get(p.productId) ?? "?"} · ${p.name}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
