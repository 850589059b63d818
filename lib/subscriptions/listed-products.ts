import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { commercialReach } from "./commercial-policy";

/**
 * Whether records of the product occur — of the given subscriber, or of anyone when undefined —
 * as a condition on a `products` row.
 */
export type ProductRecordsOccur = (subscriber: string | undefined) => SQL;

/**
 * The products occurring in the records the actor may list (the policy's reach), as a condition
 * on a `products` row. A record's provider is its products' provider: it is set from the product,
 * a product never changes provider, and a plan change moves a subscription only to a compatible
 * product, which has the same provider (lib/catalog/product-values.ts). So the provided side is the actor's own products with
 * any record at all — one probe of the product's index each — where testing every product
 * against the actor's scope read every record the actor provides (thousands, for a provider).
 */
export function listedProducts(actor: Actor, occur: ProductRecordsOccur): SQL {
  const reach = commercialReach(actor);
  if (reach === "all") return occur(undefined);
  if (reach === "none") return sql`false`;
  const own = reach.organizationId;
  return or(and(eq(products.providerOrganizationId, own), occur(undefined)), occur(own))!;
}
