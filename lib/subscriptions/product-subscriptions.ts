import "server-only";
import { and, desc, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { readTogether } from "@/db/read-together";
import { getDb } from "@/db/open";
import { organizations, products, subscriptions, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { presentProducts } from "@/lib/catalog/product-reads";
import { notFound } from "@/lib/errors";
import { toSpringPage, type SpringPageQuery } from "@/lib/http/spring-page";
import { listTotal } from "@/lib/list-total";
import { presentOrganization } from "@/lib/organizations/present-organization";
import { parseInput } from "@/lib/validation";
import { endSubscription } from "./cancel-subscription";
import { changeQuantity } from "./change-quantity";
import { createSubscription } from "./create-subscription";
import { loadSubscription } from "./load-subscription";
import {
  createProductSubscriptionSchema,
  updateProductSubscriptionSchema,
  type ProductSubscriptionView,
} from "./product-subscription-schemas";
import { subscriptionConditions } from "./read-subscriptions";

/**
 * Kodexa's product subscriptions, spoken over the one subscription model. Kodexa knows no
 * status: an ended subscription is gone for it (404, left out of lists), while its record and
 * history stay readable through the subscription screens and the other APIs.
 */
async function present(executor: Executor, rows: Subscription[]): Promise<ProductSubscriptionView[]> {
  if (!rows.length) return [];
  const [organizationRows, productRows] = await readTogether(executor, [
    () =>
      executor
        .select()
        .from(organizations)
        .where(inArray(organizations.id, [...new Set(rows.map((r) => r.organizationId))])),
    () =>
      executor
        .select()
        .from(products)
        .where(inArray(products.id, [...new Set(rows.map((r) => r.productId))])),
  ]);
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

/** A live subscription the actor may read; an ended one answers like a missing one. */
async function loadLive(executor: Executor, actor: Actor, id: string): Promise<Subscription> {
  const { subscription } = await loadSubscription(executor, actor, id, "read");
  if (subscription.status === "ended") throw notFound("product subscription");
  return subscription;
}

/** Subscribes an organization to a listed product, on the product alone (no plan). */
export async function createProductSubscription({ actor, input }: { actor: Actor; input: unknown }) {
  const { productId, organizationId, quantity } = parseInput(createProductSubscriptionSchema, input);
  const created = await createSubscription({ actor, input: { productId, organizationId, quantity } });
  return (await present(await getDb(), [created]))[0]!;
}

export async function getProductSubscription({ actor, id }: { actor: Actor; id: string }) {
  const db = await getDb();
  return (await present(db, [await loadLive(db, actor, id)]))[0]!;
}

/**
 * The live subscriptions the actor subscribes to or provides (platform keys: all), newest
 * first, as a Spring page; `organizationId` and `productId` narrow it.
 */
export async function pageProductSubscriptions({
  actor,
  page,
  organizationId,
  productId,
}: {
  actor: Actor;
  page: SpringPageQuery;
  organizationId?: string;
  productId?: string;
}) {
  const where = and(subscriptionConditions(actor, { organizationId, productId, live: "true" }));
  const newestFirst = [desc(subscriptions.createdOn), desc(subscriptions.id)];
  const db = await getDb();
  // The rows are read by id after their positions: a deep page's offset then walks only the
  // newest-first index (the live ones' partial index holds the sort and the id), not every
  // skipped row.
  const positions = db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(where)
    .orderBy(...newestFirst)
    .limit(page.size)
    .offset(page.page * page.size);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(subscriptions)
      .where(inArray(subscriptions.id, positions))
      .orderBy(...newestFirst),
    listTotal(db, db.select({ id: subscriptions.id }).from(subscriptions).where(where)),
  ]);
  return toSpringPage(await present(db, rows), page, total);
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
  await loadLive(await getDb(), actor, id);
  const changed = await changeQuantity({ actor, id, input: { quantity, changeSequence } });
  return (await present(await getDb(), [changed]))[0]!;
}

/** Kodexa's delete ends the subscription now; the record and its history are kept. */
export async function deleteProductSubscription({ actor, id }: { actor: Actor; id: string }) {
  await loadLive(await getDb(), actor, id);
  await endSubscription({ actor, id, reason: "deleted through the Kodexa API" });
}
