import "server-only";
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, plans, products, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { latestVersions } from "@/lib/catalog/plans";
import { firstChoicesByName } from "@/lib/filter-choices";
import { commercialListScope } from "./commercial-policy";
import { subscriptionRecords } from "./commercial-records";
import { listedSubscribers } from "./listed-subscribers";

/**
 * The values the subscriptions list can be filtered by: the products, plans and subscriber
 * organizations that occur in the subscriptions the actor may read — nothing the actor could
 * not find in the list itself. Ids and names only, each an index probe per candidate (never a
 * pass over the subscriptions, which may be millions).
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
  const [productRows, organizationRows] = await Promise.all([
    firstChoicesByName(db, products, subscribed(eq(subscriptions.productId, products.id))),
    listedSubscribers(db, subscriptionRecords, actor).then((listed) =>
      firstChoicesByName(
        db,
        organizations,
        listed?.(organizations.id) ?? subscribed(eq(subscriptions.organizationId, organizations.id)),
      ),
    ),
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
