import "server-only";
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import {
  organizations,
  productKeyProducts,
  productKeys,
  productKeySecrets,
  products,
  type ProductKey,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { decodeDateCursor, encodeCursor } from "@/lib/keyset-cursor";
import { escapeLike } from "@/lib/sql-like";
import { commercialListScope } from "@/lib/subscriptions/commercial-policy";
import { parseInput } from "@/lib/validation";
import { loadProductKey } from "./load-product-key";
import {
  productKeyListQuerySchema,
  type ProductKeyFilter,
  type ProductKeyStatus,
} from "./product-key-schemas";
import { productKeyStatus, productKeyStatusSql } from "./product-key-status";

/** A secret as anyone may see it: its prefix and dates, never its hash. */
export interface ProductKeySecretView {
  id: string;
  prefix: string;
  createdOn: Date;
  expiresOn: Date | null;
  revokedOn: Date | null;
}

/** A key with what people read beside it: its products, organizations, secrets' prefixes and status. */
export type ProductKeyView = ProductKey & {
  status: ProductKeyStatus;
  productIds: string[];
  products: { id: string; name: string }[];
  organizationName: string;
  providerName: string;
  /** Newest first; the first live one is the key's prefix in lists. */
  secrets: ProductKeySecretView[];
  prefix: string | null;
};

/** Keys → views, one query per related table. */
export async function presentProductKeys(executor: Executor, rows: ProductKey[]): Promise<ProductKeyView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const orgIds = [...new Set(rows.flatMap((r) => [r.organizationId, r.providerOrganizationId]))];
  const [orgs, keyProducts, secrets] = await Promise.all([
    executor
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, orgIds)),
    executor
      .select({ productKeyId: productKeyProducts.productKeyId, id: products.id, name: products.name })
      .from(productKeyProducts)
      .innerJoin(products, eq(products.id, productKeyProducts.productId))
      .where(inArray(productKeyProducts.productKeyId, ids))
      .orderBy(asc(products.name)),
    executor
      .select({
        productKeyId: productKeySecrets.productKeyId,
        id: productKeySecrets.id,
        prefix: productKeySecrets.prefix,
        createdOn: productKeySecrets.createdOn,
        expiresOn: productKeySecrets.expiresOn,
        revokedOn: productKeySecrets.revokedOn,
      })
      .from(productKeySecrets)
      .where(inArray(productKeySecrets.productKeyId, ids))
      .orderBy(desc(productKeySecrets.createdOn), desc(productKeySecrets.id)),
  ]);
  const at = now();
  const nameOf = (id: string) => orgs.find((o) => o.id === id)?.name ?? "";
  return rows.map((row) => {
    const mine = keyProducts.filter((p) => p.productKeyId === row.id).map(({ id, name }) => ({ id, name }));
    const own = secrets.filter((s) => s.productKeyId === row.id).map(({ productKeyId: _key, ...s }) => s);
    const live = own.find((s) => !s.revokedOn && (!s.expiresOn || s.expiresOn.getTime() > at.getTime()));
    return {
      ...row,
      status: productKeyStatus(row, at),
      productIds: mine.map((p) => p.id),
      products: mine,
      organizationName: nameOf(row.organizationId),
      providerName: nameOf(row.providerOrganizationId),
      secrets: own,
      prefix: (live ?? own[0])?.prefix ?? null,
    };
  });
}

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
    commercialListScope(actor, {
      subscriber: productKeys.organizationId,
      provider: productKeys.providerOrganizationId,
    }),
    f.organizationId ? eq(productKeys.organizationId, f.organizationId) : undefined,
    f.providerOrganizationId ? eq(productKeys.providerOrganizationId, f.providerOrganizationId) : undefined,
    f.productId
      ? sql`exists (select 1 from ${productKeyProducts} where ${productKeyProducts.productKeyId} = ${productKeys.id} and ${productKeyProducts.productId} = ${f.productId})`
      : undefined,
    f.status ? eq(productKeyStatusSql(now()), f.status) : undefined,
    f.tag ? sql`${productKeys.tags} @> array[${f.tag}]::text[]` : undefined,
    starting
      ? or(
          // Prefixes are case-sensitive base62; emails are stored lower-cased.
          sql`exists (select 1 from ${productKeySecrets} where ${productKeySecrets.productKeyId} = ${productKeys.id} and ${like(productKeySecrets.prefix, starting)})`,
          like(productKeys.ownerEmail, starting.toLowerCase()),
        )
      : undefined,
  );
}

/** Keys the actor may read, filtered and searched, newest first, in keyset pages. */
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
    after = sql`(${productKeys.createdOn}, ${productKeys.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`;
  }
  const db = await getDb();
  const rows = await db
    .select()
    .from(productKeys)
    .where(and(productKeyConditions(actor, q), after))
    .orderBy(desc(productKeys.createdOn), desc(productKeys.id))
    .limit(q.limit + 1);
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
