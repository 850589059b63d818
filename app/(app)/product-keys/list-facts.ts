import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, productKeyProducts, productKeys, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import {
  productKeyConditions,
  productKeyStatusSql,
  type ProductKeyFilter,
  type ProductKeyStatus,
} from "@/lib/product-keys";

/**
 * What the keys list shows beside its rows, inside the reader's scope as the domain draws it
 * (productKeyConditions, the list's own where): the owner organizations and products that occur
 * in the keys the reader may see — nothing the list itself would not show — and how many keys
 * the filters match, per status.
 */
export async function productKeyListFacts({ actor, filter }: { actor: Actor; filter: ProductKeyFilter }) {
  const db = await getDb();
  const scope = productKeyConditions(actor, {});
  const status = productKeyStatusSql(now());
  const [organizationRows, productRows, perStatus] = await Promise.all([
    db
      .selectDistinct({ id: organizations.id, name: organizations.name })
      .from(productKeys)
      .innerJoin(organizations, eq(organizations.id, productKeys.organizationId))
      .where(scope)
      .orderBy(asc(organizations.name), asc(organizations.id)),
    db
      .selectDistinct({ id: products.id, name: products.name })
      .from(productKeys)
      .innerJoin(productKeyProducts, eq(productKeyProducts.productKeyId, productKeys.id))
      .innerJoin(products, eq(products.id, productKeyProducts.productId))
      .where(scope)
      .orderBy(asc(products.name), asc(products.id)),
    db
      .select({ status, n: count() })
      .from(productKeys)
      .where(and(productKeyConditions(actor, { ...filter, status: undefined })))
      .groupBy(sql`1`),
  ]);
  const counts = Object.fromEntries(perStatus.map((r) => [r.status, r.n])) as Partial<
    Record<ProductKeyStatus, number>
  >;
  return { organizations: organizationRows, products: productRows, counts };
}
