import "server-only";
import { eq } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { products, type Product } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError } from "@/lib/errors";
import { liveSubscriptionsOf } from "@/lib/subscriptions/live-subscriptions";
import { parseInput } from "@/lib/validation";
import { authorizeCatalogWrite, catalogProviderScope, productRefusal } from "./catalog-access";
import { platformProviderId } from "./platform-provider";
import { loadProduct, presentProducts } from "./product-reads";
import { productColumns, saveCompatibilities } from "./product-values";
import { archiveProductSchema, productFieldsSchema, updateProductSchema, type ProductView } from "./schemas";

async function viewOf(tx: Executor, product: Product): Promise<ProductView> {
  return (await presentProducts(tx, [product]))[0]!;
}

async function loadManaged(tx: Executor, actor: Actor, id: string): Promise<Product> {
  const product = await loadProduct(tx, actor, id);
  await authorizeCatalogWrite(tx, actor, product.providerOrganizationId, productRefusal);
  return product;
}

export async function createProduct({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<ProductView> {
  const data = parseInput(productFieldsSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // A platform admin (or key) that names no provider publishes as the platform itself.
    const requested =
      data.providerOrganizationId ?? (actor.platformAdmin ? await platformProviderId(tx) : undefined);
    const provider = (await catalogProviderScope(tx, actor, requested, { required: true }))!;
    const { columns, compatibleIds } = await productColumns(tx, data, provider);
    const [product] = await tx.insert(products).values(columns).returning();
    await saveCompatibilities(tx, product!.id, compatibleIds);
    const view = await viewOf(tx, product!);
    await recordAuditEvent(tx, actor, {
      action: "product.create",
      objectType: "product",
      objectId: product!.id,
      organizationId: provider,
      after: view,
    });
    return view;
  });
}

/** Applies a change to a managed product at the version the caller read, audited. */
async function changeProduct(
  actor: Actor,
  id: string,
  changeSequence: number,
  action: string,
  change: (tx: Transaction, before: Product) => Promise<Partial<typeof products.$inferInsert>>,
): Promise<ProductView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await loadManaged(tx, actor, id);
    const beforeView = await viewOf(tx, before);
    const values = await change(tx, before);
    const after = await updateVersioned(tx, products, { id, changeSequence, values, what: "product" });
    const afterView = await viewOf(tx, after);
    await recordAuditEvent(tx, actor, {
      action,
      objectType: "product",
      objectId: id,
      organizationId: before.providerOrganizationId,
      before: beforeView,
      after: afterView,
    });
    return afterView;
  });
}

export async function updateProduct({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { changeSequence, ...fields } = parseInput(updateProductSchema, input);
  return changeProduct(actor, id, changeSequence, "product.update", async (tx, before) => {
    // The provider never changes on edit: a product moves between providers by being re-created.
    const { columns, compatibleIds } = await productColumns(tx, fields, before.providerOrganizationId, id);
    await saveCompatibilities(tx, id, compatibleIds);
    return columns;
  });
}

const flagChange =
  (field: "productStatus" | "active", value: "DRAFT" | "PUBLISHED" | boolean) => async () => ({
    [field]: value,
  });

/** Publishing lists a product for customers (with active and public); unpublishing makes it a draft again. */
export const setProductPublished = ({
  actor,
  id,
  published,
  changeSequence,
}: {
  actor: Actor;
  id: string;
  published: boolean;
  changeSequence: number;
}) =>
  changeProduct(
    actor,
    id,
    changeSequence,
    published ? "product.publish" : "product.unpublish",
    flagChange("productStatus", published ? "PUBLISHED" : "DRAFT"),
  );

/** Deactivating hides a product from the catalog; its subscriptions go on. */
export const setProductActive = ({
  actor,
  id,
  active,
  changeSequence,
}: {
  actor: Actor;
  id: string;
  active: boolean;
  changeSequence: number;
}) =>
  changeProduct(
    actor,
    id,
    changeSequence,
    active ? "product.activate" : "product.deactivate",
    flagChange("active", active),
  );

/** Archives a product: out of the catalog for good, kept for the records that name it. */
export async function archiveProduct({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { reason, changeSequence } = parseInput(archiveProductSchema, input);
  return changeProduct(actor, id, changeSequence, "product.archive", async () => ({
    archivedOn: new Date(),
    archiveReason: reason,
  }));
}

export async function deleteProduct({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const product = await loadManaged(tx, actor, id);
    const live = await liveSubscriptionsOf(tx, id);
    if (live > 0) {
      throw new AppError(
        "conflict",
        `${live} live subscription(s) use this product: archive it instead, which keeps them.`,
      );
    }
    const view = await viewOf(tx, product);
    await tx.delete(products).where(eq(products.id, id));
    await recordAuditEvent(tx, actor, {
      action: "product.delete",
      objectType: "product",
      objectId: id,
      organizationId: product.providerOrganizationId,
      before: view,
    });
  });
}
