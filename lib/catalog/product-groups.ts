import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { productGroups, products, type ProductGroup } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError, notFound } from "@/lib/errors";
import { parseSort, toSpringPage, type SpringPageQuery } from "@/lib/http/spring-page";
import { isUuid, parseInput } from "@/lib/validation";
import { authorizeCatalogWrite, catalogProviderScope } from "./catalog-access";
import { groupsVisibleTo } from "./catalog-visibility";
import { catalogSearchText, presentProductGroup } from "./present-catalog";
import {
  productGroupFieldsSchema,
  productGroupSortFields,
  updateProductGroupSchema,
  type ProductGroupView,
} from "./schemas";
import { searchTextContaining } from "@/lib/sql-like";

/** A group the actor may see (see catalog-visibility.ts). */
export async function loadProductGroup(executor: Executor, actor: Actor, id: string): Promise<ProductGroup> {
  if (!isUuid(id)) throw notFound("product group");
  const [group] = await executor
    .select()
    .from(productGroups)
    .where(and(eq(productGroups.id, id), groupsVisibleTo(actor)));
  if (!group) throw notFound("product group");
  return group;
}

export async function getProductGroup({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<ProductGroupView> {
  return presentProductGroup(await loadProductGroup(await getDb(), actor, id));
}

export async function pageProductGroups({
  actor,
  page,
  query,
}: {
  actor: Actor;
  page: SpringPageQuery;
  query?: string;
}) {
  const { field, direction } = parseSort(page.sort, productGroupSortFields, "order");
  const where = and(
    groupsVisibleTo(actor),
    query ? searchTextContaining(productGroups.searchText, query) : undefined,
  );
  const column =
    field === "name"
      ? sql`lower(${productGroups.name})`
      : field === "createdOn"
        ? productGroups.createdOn
        : productGroups.order;
  const sort = direction === "asc" ? asc : desc;
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(productGroups)
      .where(where)
      .orderBy(sort(column), asc(productGroups.id))
      .limit(page.size)
      .offset(page.page * page.size),
    db.select({ n: count() }).from(productGroups).where(where),
  ]);
  return toSpringPage(rows.map(presentProductGroup), page, total?.n ?? 0);
}

export async function createProductGroup({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<ProductGroupView> {
  const data = parseInput(productGroupFieldsSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const providerOrganizationId = await catalogProviderScope(tx, actor, data.providerOrganizationId, {
      required: false,
    });
    const [group] = await tx
      .insert(productGroups)
      .values({ ...data, providerOrganizationId, searchText: catalogSearchText(data.name, data.description) })
      .returning();
    await recordAuditEvent(tx, actor, {
      action: "product_group.create",
      objectType: "product_group",
      objectId: group!.id,
      organizationId: providerOrganizationId,
      after: presentProductGroup(group!),
    });
    return presentProductGroup(group!);
  });
}

async function loadManagedGroup(tx: Executor, actor: Actor, id: string): Promise<ProductGroup> {
  const group = await loadProductGroup(tx, actor, id);
  await authorizeCatalogWrite(
    tx,
    actor,
    group.providerOrganizationId,
    "Only those who run this product group may change it.",
  );
  return group;
}

export async function updateProductGroup({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<ProductGroupView> {
  const {
    changeSequence,
    providerOrganizationId: _ignored,
    ...data
  } = parseInput(updateProductGroupSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await loadManagedGroup(tx, actor, id);
    const after = await updateVersioned(tx, productGroups, {
      id,
      changeSequence,
      values: { ...data, searchText: catalogSearchText(data.name, data.description) },
      what: "product group",
    });
    await recordAuditEvent(tx, actor, {
      action: "product_group.update",
      objectType: "product_group",
      objectId: id,
      organizationId: before.providerOrganizationId,
      before: presentProductGroup(before),
      after: presentProductGroup(after),
    });
    return presentProductGroup(after);
  });
}

/** A group that still holds products cannot be deleted: move or delete them first. */
export async function deleteProductGroup({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const group = await loadManagedGroup(tx, actor, id);
    const [held] = await tx.select({ n: count() }).from(products).where(eq(products.productGroupId, id));
    if ((held?.n ?? 0) > 0) {
      throw new AppError(
        "conflict",
        `This group still holds ${held!.n} product(s): move them to another group first.`,
      );
    }
    await tx.delete(productGroups).where(eq(productGroups.id, id));
    await recordAuditEvent(tx, actor, {
      action: "product_group.delete",
      objectType: "product_group",
      objectId: id,
      organizationId: group.providerOrganizationId,
      before: presentProductGroup(group),
    });
  });
}
