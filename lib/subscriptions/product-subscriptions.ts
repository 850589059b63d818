import "server-only";
import { count, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, products, productSubscriptions, type ProductSubscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isListed } from "@/lib/catalog/catalog-access";
import { loadProduct, presentProducts } from "@/lib/catalog/product-reads";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError, notFound } from "@/lib/errors";
import { toSpringPage, type SpringPageQuery } from "@/lib/http/spring-page";
import { presentOrganization } from "@/lib/organizations/present-organization";
import { isUuid, parseInput } from "@/lib/validation";
import {
  createProductSubscriptionSchema,
  updateProductSubscriptionSchema,
  type ProductSubscriptionView,
} from "./product-subscription-schemas";
import { subscribableOrganization } from "./subscribable-organization";

async function present(executor: Executor, rows: ProductSubscription[]): Promise<ProductSubscriptionView[]> {
  if (!rows.length) return [];
  const organizationRows = await executor
    .select()
    .from(organizations)
    .where(
      inArray(
        organizations.id,
        rows.map((r) => r.organizationId),
      ),
    );
  const productRows = await executor
    .select()
    .from(products)
    .where(
      inArray(
        products.id,
        rows.map((r) => r.productId),
      ),
    );
  const productViews = await presentProducts(executor, productRows);
  return rows.map((row) => ({
    id: row.id,
    uuid: row.id,
    organizationId: row.organizationId,
    organization: presentOrganization(organizationRows.find((o) => o.id === row.organizationId)!),
    productId: row.productId,
    product: productViews.find((p) => p.id === row.productId)!,
    quantity: row.quantity,
    changeSequence: row.changeSequence,
    createdOn: row.createdOn.toISOString(),
    updatedOn: row.updatedOn.toISOString(),
  }));
}

/**
 * A subscription of the actor's organization (platform admins: any, under support access),
 * with the permission the call needs checked once.
 */
async function loadSubscription(
  tx: Executor,
  actor: Actor,
  id: string,
  permission: "subscriptions.read" | "subscriptions.manage",
): Promise<ProductSubscription> {
  if (!isUuid(id)) throw notFound("product subscription");
  const [row] = await tx.select().from(productSubscriptions).where(eq(productSubscriptions.id, id));
  if (!row || (!actor.platformAdmin && row.organizationId !== actor.organizationId))
    throw notFound("product subscription");
  await organizationScope(actor, permission, row.organizationId, tx);
  return row;
}

/**
 * Subscribes an organization to a listed product. Quantity above 1 only for products sold by
 * quantity; the organization must be active (not pending verification, suspended or closed).
 */
export async function createProductSubscription({ actor, input }: { actor: Actor; input: unknown }) {
  const data = parseInput(createProductSubscriptionSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const organizationId = await organizationScope(actor, "subscriptions.manage", data.organizationId, tx);
    await subscribableOrganization(tx, organizationId);
    const product = await loadProduct(tx, actor, data.productId!);
    if (!isListed(product)) {
      throw new AppError("invalid_input", "This product is not offered in the catalog.", {
        invalidFields: [{ name: "productId", reason: "is not a published, active product" }],
      });
    }
    if (data.quantity > 1 && !product.hasQuantity) {
      throw new AppError("invalid_input", "This product is not sold by quantity.", {
        invalidFields: [{ name: "quantity", reason: "must be 1 for this product" }],
      });
    }
    const [row] = await tx
      .insert(productSubscriptions)
      .values({ organizationId, productId: product.id, quantity: data.quantity })
      .returning();
    const [view] = await present(tx, [row!]);
    await recordAuditEvent(tx, actor, {
      action: "product_subscription.create",
      objectType: "product_subscription",
      objectId: row!.id,
      organizationId,
      after: { productId: product.id, quantity: data.quantity },
    });
    return view!;
  });
}

export async function getProductSubscription({ actor, id }: { actor: Actor; id: string }) {
  const db = await getDb();
  const [view] = await present(db, [await loadSubscription(db, actor, id, "subscriptions.read")]);
  return view!;
}

export async function pageProductSubscriptions({
  actor,
  page,
  organizationId,
}: {
  actor: Actor;
  page: SpringPageQuery;
  organizationId?: string;
}) {
  const db = await getDb();
  const scope =
    actor.platformAdmin && !organizationId
      ? undefined
      : await organizationScope(actor, "subscriptions.read", organizationId);
  const where = scope ? eq(productSubscriptions.organizationId, scope) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(productSubscriptions)
      .where(where)
      .orderBy(desc(productSubscriptions.createdOn))
      .limit(page.size)
      .offset(page.page * page.size),
    db.select({ n: count() }).from(productSubscriptions).where(where),
  ]);
  return toSpringPage(await present(db, rows), page, total?.n ?? 0);
}

/** Changes the quantity, at the version the caller read. */
export async function updateProductSubscription({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const { quantity, changeSequence } = parseInput(updateProductSubscriptionSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await loadSubscription(tx, actor, id, "subscriptions.manage");
    await subscribableOrganization(tx, before.organizationId);
    const [product] = await tx.select().from(products).where(eq(products.id, before.productId));
    if (quantity > 1 && !product!.hasQuantity) {
      throw new AppError("invalid_input", "This product is not sold by quantity.", {
        invalidFields: [{ name: "quantity", reason: "must be 1 for this product" }],
      });
    }
    const after = await updateVersioned(tx, productSubscriptions, {
      id,
      changeSequence,
      values: { quantity },
      scope: eq(productSubscriptions.organizationId, before.organizationId),
      what: "product subscription",
    });
    await recordAuditEvent(tx, actor, {
      action: "product_subscription.change_quantity",
      objectType: "product_subscription",
      objectId: id,
      organizationId: before.organizationId,
      before: { quantity: before.quantity },
      after: { quantity },
    });
    return (await present(tx, [after]))[0]!;
  });
}

/** Cancels (deletes) a product subscription. */
export async function deleteProductSubscription({ actor, id }: { actor: Actor; id: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await loadSubscription(tx, actor, id, "subscriptions.manage");
    await subscribableOrganization(tx, row.organizationId);
    await tx.delete(productSubscriptions).where(eq(productSubscriptions.id, id));
    await recordAuditEvent(tx, actor, {
      action: "product_subscription.delete",
      objectType: "product_subscription",
      objectId: id,
      organizationId: row.organizationId,
      before: { productId: row.productId, quantity: row.quantity },
    });
  });
}
