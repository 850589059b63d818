import type { ProductKeyView } from "@/lib/product-keys";
import type { ProductKeyRow } from "./product-keys-table";

/** A key as the keys table takes it: plain values a server page may hand to the client table. */
export const toProductKeyRow = (key: ProductKeyView): ProductKeyRow => ({
  id: key.id,
  prefix: key.prefix ?? "—",
  description: key.description,
  organizationName: key.organizationName,
  productNames: key.products.map((p) => p.name),
  status: key.status,
  consumedQuota: key.consumedQuota,
  quota: key.quota,
  tags: key.tags,
  createdOn: key.createdOn.toISOString(),
  lastUsedOn: key.lastUsedOn?.toISOString() ?? null,
});
