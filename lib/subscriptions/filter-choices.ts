import "server-only";
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { plans, products, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { latestVersions } from "@/lib/catalog/plans";
import { firstChoicesByName } from "@/lib/filter-choices";
import { commercialListScope } from "./commercial-policy";
import { subscriptionRecords } from "./commercial-records";
import { listedProducts } from "./listed-products";

/**
 * The values the subscriptions list offers to filter by: the products and plans that occur in
 * the subscriptions the actor may read — nothing the actor could not find in the list itself.
 * Ids and names only, each an index probe per candidate (never a pass over the subscriptions,
 * which may be millions). Organizations, which may be thousands, are searched instead
 * (searchListedSubscribers).
 */
export async function subscriptionFilterChoices({ actor }: { actor: Actor }) {
  const scope = commercialListScope(actor, subscriptionRecords);
  const db = await getDb();
  const subscribed = (match: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(subscriptions)
        .where(and(match, scope)),
    );
  const productRows = await firstChoicesByName(
    db,
    products,
    listedProducts(actor, (subscriber) =>
      exists(
        db
          .select({ one: sql`1` })
          .from(subscriptions)
          .where(
            and(
              eq(subscriptions.productId, products.id),
              subscriber ? eq(subscriptions.organizationId, subscriber) : undefined,
            ),
          ),
      ),
    ),
  );
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
    plans: planRows
      .map((p) => ({ id: p.planId, name: `${productName.get(p.productId) ?? "?"} · ${p.name}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
