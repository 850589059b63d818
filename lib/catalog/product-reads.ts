import "server-only";
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { productGroups, products, type Product } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { parseSort, toSpringPage, type SpringPageQuery } from "@/lib/http/spring-page";
import { listTotal } from "@/lib/list-total";
import { isUuid, parseInput } from "@/lib/validation";
import { listed, productsVisibleTo } from "./catalog-visibility";
import { presentProduct } from "./present-catalog";
import { compatibilitiesOf } from "./product-values";
import { productFilterSchema, productSortFields, type ProductView } from "./schemas";
import { searchTextContaining } from "@/lib/sql-like";

/** A product the actor may see; another provider's draft answers exactly like a missing one. */
export async function loadProduct(executor: Executor, actor: Actor, id: string): Promise<Product> {
  if (!isUuid(id)) throw notFound("product");
  const [product] = await executor
    .select()
    .from(products)
    .where(and(eq(products.id, id), productsVisibleTo(actor)));
  if (!product) throw notFound("product");
  return product;
}

/** Whether customers may subscribe to it: listed (see catalog-visibility.ts), whoever asks. */
export async function isListedProduct(executor: Executor, id: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, id), listed));
  return !!row;
}

/** Products with their group and compatibilities, in the API's shape. */
export async function presentProducts(executor: Executor, rows: Product[]): Promise<ProductView[]> {
  const groupIds = [...new Set(rows.map((p) => p.productGroupId).filter((id): id is string => !!id))];
  const groups = groupIds.length
    ? await executor
        .select()
        .from(productGroups)
        .where(or(...groupIds.map((id) => eq(productGroups.id, id))))
    : [];
  const compatibilities = await compatibilitiesOf(
    executor,
    rows.map((p) => p.id),
  );
  return rows.map((p) =>
    presentProduct(p, groups.find((g) => g.id === p.productGroupId) ?? null, compatibilities.get(p.id) ?? []),
  );
}

export async function getProduct({ actor, id }: { actor: Actor; id: string }): Promise<ProductView> {
  const db = await getDb();
  const [view] = await presentProducts(db, [await loadProduct(db, actor, id)]);
  return view!;
}

/** Products the actor may see, filtered and sorted, as a Spring page. Promoted first by default. */
export async function pageProducts({
  actor,
  filter,
  page,
}: {
  actor: Actor;
  filter: unknown;
  page: SpringPageQuery;
}) {
  const f = parseInput(productFilterSchema, filter);
  const where = and(
    productsVisibleTo(actor),
    f.query ? searchTextContaining(products.searchText, f.query) : undefined,
    f.status ? eq(products.productStatus, f.status) : undefined,
    f.productGroupId ? eq(products.productGroupId, f.productGroupId) : undefined,
    f.providerOrganizationId ? eq(products.providerOrganizationId, f.providerOrganizationId) : undefined,
    f.active ? eq(products.active, f.active === "true") : undefined,
    f.listed ? listed : undefined,
  );
  const { field, direction } = parseSort(page.sort, productSortFields, "order");
  const sort = direction === "asc" ? asc : desc;
  const column =
    field === "name"
      ? sql`lower(${products.name})`
      : field === "createdOn"
        ? products.createdOn
        : field === "price"
          ? products.priceMinor
          : products.order;
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(products)
      .where(where)
      .orderBy(...(page.sort ? [] : [desc(products.promoted)]), sort(column), asc(products.id))
      .limit(page.size)
      .offset(page.page * page.size),
    listTotal(db, db.select({ id: products.id }).from(products).where(where)),
  ]);
  return toSpringPage(await presentProducts(db, rows), page, total);
}
