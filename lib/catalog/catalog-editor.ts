import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, products } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";
import type { SpringPageQuery } from "@/lib/http/spring-page";
import { managesProvider } from "./catalog-access";
import { exportProductsCsv } from "./import-export-products";
import { loadProduct, pageProducts } from "./product-reads";

/**
 * The catalog editor's view of products: the ones the actor runs. Platform admins run every
 * provider's (and narrow to one with the filter's provider); a provider's owners and admins
 * run their own, whatever provider the filter names — so neither the page nor its CSV export
 * can list another provider's listed products as if they were the actor's to edit. A customer
 * organization has no catalog to run, whatever its people's roles.
 */
async function runProducts(actor: Actor, filter: unknown): Promise<unknown> {
  if (actor.platformAdmin) return filter;
  if (!can(actor, "catalog.manage") || !actor.organizationId) throw forbidden();
  const db = await getDb();
  const [own] = await db
    .select({ provider: organizations.provider })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  if (!own?.provider) throw forbidden("Only provider organizations run a catalog.");
  const given = filter && typeof filter === "object" ? filter : {};
  return { ...given, providerOrganizationId: actor.organizationId };
}

/** The editor's product list, as a Spring page. */
export async function pageEditorProducts({
  actor,
  filter,
  page,
}: {
  actor: Actor;
  filter: unknown;
  page: SpringPageQuery;
}) {
  return pageProducts({ actor, filter: await runProducts(actor, filter), page });
}

/** The editor's product list as CSV, in the columns the import reads (a refusal comes with the first line). */
export async function* exportEditorProductsCsv({ actor, filter }: { actor: Actor; filter: unknown }) {
  yield* exportProductsCsv({ actor, filter: await runProducts(actor, filter) });
}

/**
 * What a product may be marked compatible with: every other product of its provider, by name.
 * All of them, without a cap — a product missing from the list could not be chosen, and nobody
 * would know why. Only ids and names are read, so even a large catalog stays a light query.
 */
export async function compatibleProductChoices({
  actor,
  productId,
}: {
  actor: Actor;
  productId: string;
}): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  const product = await loadProduct(db, actor, productId);
  if (!managesProvider(actor, product.providerOrganizationId)) throw forbidden();
  return db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(
      and(eq(products.providerOrganizationId, product.providerOrganizationId), ne(products.id, product.id)),
    )
    .orderBy(asc(sql`lower(${products.name})`), asc(products.id));
}
