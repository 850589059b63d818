import "server-only";
import { and, asc, desc, eq, like, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeyProducts, productKeys, productKeySecrets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { decodeDateCursor, encodeCursor, mergeByCreated } from "@/lib/keyset-cursor";
import { escapeLike } from "@/lib/sql-like";
import { commercialListScope, commercialListSides } from "@/lib/subscriptions/commercial-policy";
import { productKeyRecords } from "@/lib/subscriptions/commercial-records";
import { parseInput } from "@/lib/validation";
import { loadProductKey } from "./load-product-key";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";
import { productKeyListQuerySchema, type ProductKeyFilter } from "./product-key-schemas";
import { productKeyStatusSql } from "./product-key-status";

export async function getProductKey({ actor, id }: { actor: Actor; id: string }): Promise<ProductKeyView> {
  const db = await getDb();
  const { productKey } = await loadProductKey(db, actor, id, "read");
  return (await presentProductKeys(db, [productKey]))[0]!;
}

/** The filters as SQL, inside what the actor may read (the commercial policy's list scope). */
export function productKeyConditions(actor: Actor, f: ProductKeyFilter): SQL | undefined {
  // A whole key typed in finds its key by the stored prefix (its first 12 characters).
  const starting = f.q ? `${escapeLike(f.q.slice(0, 12))}%` : null;
  return and(
    commercialListScope(actor, productKeyRecords),
    f.organizationId ? eq(productKeys.organizationId, f.organizationId) : undefined,
    f.providerOrganizationId ? eq(productKeys.providerOrganizationId, f.providerOrganizationId) : undefined,
    f.productId
      ? sql`exists (select 1 from ${productKeyProducts} where ${productKeyProducts.productKeyId} = ${productKeys.id} and ${productKeyProducts.productId} = ${f.productId})`
      : undefined,
    f.status ? eq(productKeyStatusSql(now()), f.status) : undefined,
    f.tag ? sql`${productKeys.tags} @> array[${f.tag}]::text[]` : undefined,
    // Prefixes are case-sensitive base62; emails are stored lower-cased. One IN over a UNION
    // rather than an OR of two tests: each side is served by its pattern index, where an OR
    // would test every key in the list's order until a page is full.
    starting
      ? sql`${productKeys.id} in (select ${productKeySecrets.productKeyId} from ${productKeySecrets} where ${like(productKeySecrets.prefix, starting)}
            union select ${productKeys.id} from ${productKeys} where ${like(productKeys.ownerEmail, starting.toLowerCase())})`
      : undefined,
  );
}

/** Keys the actor may read, filtered and searched, newest first (or oldest), in keyset pages. */
export async function listProductKeys({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<{ items: ProductKeyView[]; nextCursor: string | null }> {
  const q = parseInput(productKeyListQuerySchema, query);
  let after: SQL | undefined;
  if (q.cursor) {
    const { at, id } = decodeDateCursor(q.cursor);
    const row = sql`(${productKeys.createdOn}, ${productKeys.id})`;
    const position = sql`(${at.toISOString()}::timestamptz, ${id}::uuid)`;
    after = q.direction === "asc" ? sql`${row} > ${position}` : sql`${row} < ${position}`;
  }
  const order = q.direction === "asc" ? asc : desc;
  const db = await getDb();
  const sides = commercialListSides(actor, productKeyRecords);
  const pages = await Promise.all(
    sides.map((side) =>
      db
        .select()
        .from(productKeys)
        .where(and(productKeyConditions(actor, q), after, side))
        .orderBy(order(productKeys.createdOn), order(productKeys.id))
        .limit(q.limit + 1),
    ),
  );
  const rows = mergeByCreated(pages, q.limit + 1, q.direction);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await presentProductKeys(db, page),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor({ value: last.createdOn.toISOString(), id: last.id })
        : null,
  };
}
