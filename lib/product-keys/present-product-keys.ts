import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { readTogether } from "@/db/read-together";
import { organizations, productKeyProducts, productKeySecrets, products, type ProductKey } from "@/db/schema";
import { now } from "@/lib/clock";
import type { ProductKeyStatus } from "./product-key-schemas";
import { productKeyStatus } from "./product-key-status";

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
  const [orgs, keyProducts, secrets] = await readTogether(executor, [
    () =>
      executor
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, orgIds)),
    () =>
      executor
        .select({ productKeyId: productKeyProducts.productKeyId, id: products.id, name: products.name })
        .from(productKeyProducts)
        .innerJoin(products, eq(products.id, productKeyProducts.productId))
        .where(inArray(productKeyProducts.productKeyId, ids))
        .orderBy(asc(products.name)),
    () =>
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
