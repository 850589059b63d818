import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, plans as planRows, products } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { latestVersions, presentPlan } from "./plans";
import { listed } from "./catalog-visibility";
import { presentProducts } from "./product-reads";
import { searchTextContaining } from "@/lib/sql-like";

/** Providers that chose to show their catalog to anyone (`publicAccess`). */
const publicProviders = (db: Awaited<ReturnType<typeof getDb>>) =>
  db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.provider, true), eq(organizations.publicAccess, true)));

/**
 * The catalog as visitors who are not signed in see it: listed products of providers whose
 * organization grants public access, promoted first. Nothing else is reachable this way.
 */
export async function listPublicProducts({ query }: { query?: string }) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(products)
    .where(
      and(
        listed,
        inArray(products.providerOrganizationId, publicProviders(db)),
        query ? searchTextContaining(products.searchText, query) : undefined,
      ),
    )
    .orderBy(desc(products.promoted), asc(products.order), asc(products.id))
    .limit(200);
  return presentProducts(db, rows);
}

/** One public product with its plans (latest versions, none deleted). */
export async function getPublicProduct({ id }: { id: string }) {
  if (!isUuid(id)) throw notFound("product");
  const db = await getDb();
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, id), listed, inArray(products.providerOrganizationId, publicProviders(db))));
  if (!row) throw notFound("product");
  const [product] = await presentProducts(db, [row]);
  const latest = await latestVersions(db, eq(planRows.productId, id));
  return { product: product!, plans: latest.filter((p) => !p.deleted).map(presentPlan) };
}
