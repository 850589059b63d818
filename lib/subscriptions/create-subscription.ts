import "server-only";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions, type Product, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isListedProduct, loadProduct } from "@/lib/catalog/product-reads";
import { now } from "@/lib/clock";
import { requestSummaryRefresh } from "@/lib/dashboard/summary/summary-job";
import { AppError, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeCommercial } from "./commercial-policy";
import { addDays, startingState } from "./lifecycle";
import { subscribablePlan, termsOf } from "./plan-terms";
import { appendChange } from "./record-change";
import { createSubscriptionSchema } from "./subscription-schemas";
import { assertSubscriberWritable } from "./subscriber-organization";

const invalid = (name: string, reason: string, detail: string) =>
  new AppError("invalid_input", detail, { invalidFields: [{ name, reason }] });

/**
 * Whose subscription it is. Customers always subscribe their own organization, whatever the
 * payload says; the product's provider and platform admins may name the organization they
 * subscribe (a provider running its customers' subscriptions).
 */
function subscriberOf(actor: Actor, product: Product, requested: string | undefined): string {
  const mayName = actor.platformAdmin || actor.organizationId === product.providerOrganizationId;
  const organizationId = (mayName ? requested : undefined) ?? actor.organizationId;
  if (organizationId) return organizationId;
  throw actor.platformAdmin
    ? invalid("organizationId", "is required", "Name the organization that subscribes.")
    : forbidden("This needs an organization: act from one of yours.");
}

/** When it starts: a day or instant ahead, or now (today or a moment ago means now). */
function startOf(requested: Date | undefined, at: Date): Date {
  if (!requested || requested.getTime() <= at.getTime()) {
    if (requested && requested.getTime() <= addDays(at, -1).getTime()) {
      throw invalid("startsOn", "must be today or later", "A subscription cannot start in the past.");
    }
    return at;
  }
  return requested;
}

/**
 * Subscribes an organization to a listed product, on one of its plans or on the product alone.
 * The terms are copied from the plan's latest version; the organization must be active.
 */
export async function createSubscription({ actor, input }: { actor: Actor; input: unknown }) {
  const data = parseInput(createSubscriptionSchema, input);
  const db = await getDb();
  return db.transaction(async (tx): Promise<Subscription> => {
    const product = await loadProduct(tx, actor, data.productId);
    if (!(await isListedProduct(tx, product.id))) {
      throw invalid(
        "productId",
        "is not a published, active product",
        "This product is not offered in the catalog.",
      );
    }
    const organizationId = subscriberOf(actor, product, data.organizationId);
    authorizeCommercial(
      actor,
      { subscriberOrganizationId: organizationId, providerOrganizationId: product.providerOrganizationId },
      "subscribe",
    );
    await assertSubscriberWritable(tx, actor, organizationId);
    if (data.quantity > 1 && !product.hasQuantity) {
      throw invalid("quantity", "must be 1 for this product", "This product is not sold by quantity.");
    }
    const at = now();
    const plan = data.planId ? await subscribablePlan(tx, product.id, data.planId, at) : null;
    return insertSubscription(tx, actor, { ...data, organizationId, product, terms: termsOf(plan), at });
  });
}

export async function insertSubscription(
  tx: Transaction,
  actor: Actor,
  data: ReturnType<typeof parseInput<typeof createSubscriptionSchema>> & {
    organizationId: string;
    product: Product;
    terms: ReturnType<typeof termsOf>;
    at: Date;
  },
): Promise<Subscription> {
  const {
    product,
    terms,
    at,
    productId: _productId,
    planId: _planId,
    startsOn: requestedStart,
    ...details
  } = data;
  const startsOn = startOf(requestedStart, at);
  const [row] = await tx
    .insert(subscriptions)
    .values({
      ...details,
      ...terms,
      ...startingState(terms, startsOn, at),
      productId: product.id,
      providerOrganizationId: product.providerOrganizationId,
      startsOn,
      createdOn: at,
      updatedOn: at,
      createdBy: actor.label,
      modifiedBy: actor.label,
    })
    .returning();
  // A new subscription counts on the dashboards at once.
  requestSummaryRefresh();
  await appendChange(tx, actor, row!, {
    kind: "create",
    state: "applied",
    effectiveOn: startsOn,
    toValue: {
      productId: row!.productId,
      planId: row!.planId,
      planVersion: row!.planVersion,
      quantity: row!.quantity,
      status: row!.status,
      startsOn: startsOn.toISOString(),
    },
  });
  return row!;
}
