import "server-only";
import { and, asc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, plans, products, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { latestVersions } from "@/lib/catalog/plans";
import { commercialListScope } from "./commercial-policy";

/**
 * At most this many products and organizations, the first by name: a select of 100,000
 * organizations helps nobody, and the list's search finds any organization or product by name.
 */
const choiceLimit = 200;

/**
 * The values the subscriptions list can be filtered by: the products, plans and subscriber
 * organizations that occur in the subscriptions the actor may read — nothing the actor could
 * not find in the list itself. Ids and names only, each an index probe per candidate (never a
 * pass over the subscriptions, which may be millions).
 */
export async function subscriptionFilterChoices({ actor }: { actor: Actor }) {
  const scope = commercialListScope(actor, {
    subscriber: subscriptions.organizationId,
    provider: subscriptions.providerOrganizationId,
  });
  const db = await getDb();
  const subscribed = (match: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(subscriptions)
        .where(and(match, scope)),
    );
  const [productRows, organizationRows] = await Promise.all([
    db
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(subscribed(eq(subscriptions.productId, products.id)))
      .orderBy(asc(sql`lower(${products.name})`), asc(products.id))
      .limit(choiceLimit),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(subscribed(eq(subscriptions.organizationId, organizations.id)))
      .orderBy(asc(sql`lower(${organizations.name})`), asc(organizations.id))
      .limit(choiceLimit),
  ]);
  // The plans of those products that someone holds: a probe of (product, plan) each.
  const planRows = productRows.length
    ? await latestVersions(
        db,
        and(
          inArray(
            plans.productId,
            productRows.map((p) => p.id),
          ),
          subscribed(
            and(eq(subscriptions.productId, plans.productId), eq(subscriptions.planId, plans.planId))!,
          ),
        ),
      )
    : [];
  const productName = new Map(productRows.map((p) => [p.id, p.name]));
  return {
    products: productRows,
    organizations: organizationRows,
    plans: planRows
      .map((p) => ({ id: p.planId, name: `${productName.get(p.productId) ?? "?"} · ${p.name}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
