import "server-only";
import { and, count, desc, eq, exists, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeyProducts, productKeys, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { firstChoicesByName } from "@/lib/filter-choices";
import { exactTotalUpTo, listTotal, type ListTotal } from "@/lib/list-total";
import { listedProducts } from "@/lib/subscriptions/listed-products";
import { productKeyRecords, subscribesTo } from "@/lib/subscriptions/commercial-records";
import { productKeyConditions } from "./read-product-keys";
import type { ProductKeyFilter, ProductKeyStatus } from "./product-key-schemas";
import { productKeyStatusSql } from "./product-key-status";

/** How many keys the actor may read match the filters: exact up to 10,000, estimated above. */
export async function countProductKeys({
  actor,
  filter,
}: {
  actor: Actor;
  filter: ProductKeyFilter;
}): Promise<ListTotal> {
  const db = await getDb();
  return listTotal(
    db,
    db.select({ id: productKeys.id }).from(productKeys).where(productKeyConditions(actor, filter)),
  );
}

/**
 * What the keys list shows beside its rows, inside the reader's scope as the commercial policy
 * draws it: the products that occur in the keys the reader may see (listedProducts) — the first
 * by name, nothing the list itself would not show — how many keys the filters match
 * (productKeyConditions, the list's own where), and how many per status when that is cheap.
 * Owner organizations, which may be thousands, are searched instead (searchListedSubscribers).
 *
 * A key's status is computed from its dates, so no index counts it: the counts per status are
 * given when the keys the other filters match were counted exactly (at most 10,000 rows read);
 * past that `counts` is null, and the total is counted or estimated as any list's is.
 */
export async function productKeyListFacts({ actor, filter }: { actor: Actor; filter: ProductKeyFilter }) {
  const db = await getDb();
  const statusless = { ...filter, status: undefined };
  const [productRows, anyStatus] = await Promise.all([
    firstChoicesByName(
      db,
      products,
      listedProducts(actor, (owner) =>
        exists(
          db
            .select({ one: sql`1` })
            .from(productKeyProducts)
            .where(
              and(
                eq(productKeyProducts.productId, products.id),
                owner
                  ? subscribesTo(
                      db,
                      productKeyRecords,
                      owner,
                      eq(productKeys.id, productKeyProducts.productKeyId),
                    )
                  : undefined,
              ),
            ),
        ),
      ),
    ),
    countProductKeys({ actor, filter: statusless }),
  ]);
  const counts = anyStatus.estimated ? null : await countsByStatus(actor, statusless);
  const total: ListTotal = !filter.status
    ? anyStatus
    : counts
      ? { count: counts[filter.status] ?? 0, estimated: false }
      : await countProductKeys({ actor, filter });
  return { products: productRows, counts, total };
}

/** Keys per status among at most `exactTotalUpTo` matching keys (the caller counted no more). */
async function countsByStatus(actor: Actor, filter: ProductKeyFilter) {
  const db = await getDb();
  const matching = db
    .select({ status: productKeyStatusSql(now()).as("status") })
    .from(productKeys)
    .where(productKeyConditions(actor, filter))
    // In the list's own order, so the bounded read walks the index that serves the list.
    .orderBy(desc(productKeys.createdOn), desc(productKeys.id))
    .limit(exactTotalUpTo + 1)
    .as("matching");
  const rows = await db
    .select({ status: matching.status, n: count() })
    .from(matching)
    .groupBy(matching.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<ProductKeyStatus, number>>;
}
