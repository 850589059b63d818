import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { StatusResult } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation";
import { changePlan } from "../change-plan";
import { masStackSubscription } from "./masstack-subscription";
import { changeSubscriptionProductSchema } from "./masstack-schemas";
import { getSubscriptionProduct } from "./subscription-product";

/** The domain's field names, as the MasStack client sent them. */
const fieldNames: Record<string, string> = { effectiveOn: "scheduled_date", planId: "productId" };

function inMasStackFields(error: unknown): never {
  if (!isAppError(error) || !error.invalidFields.length) throw error;
  throw new AppError(error.code, error.message, {
    headers: error.headers,
    invalidFields: error.invalidFields.map((f) => ({ ...f, name: fieldNames[f.name] ?? f.name })),
  });
}

/**
 * MasStack's change of product, through the domain's plan change: the product named by its
 * number (a product alone takes its one plan), now or on `scheduled_date`. Done or scheduled →
 * 201 with the subscription's product (a scheduled one shows in `product.scheduled`); held by
 * the risk check → 202 {risk_decision: "REVIEW"}, the change waiting in the review queue.
 */
export async function changeSubscriptionProduct({
  actor,
  orgId,
  number,
  input,
}: {
  actor: Actor;
  orgId: string;
  number: number;
  input: unknown;
}): Promise<StatusResult> {
  const db = await getDb();
  // A stranger learns nothing from the body's checks: the subscription is found first.
  const subscription = await masStackSubscription(db, actor, { orgId, number });
  const { productId, scheduled_date } = parseInput(changeSubscriptionProductSchema, input);
  const [target] = await db.select({ id: products.id }).from(products).where(eq(products.number, productId));
  if (!target) throw notFound("product");
  const { outcome, change } = await changePlan({
    actor,
    id: subscription.id,
    input: { productId: target.id, ...(scheduled_date ? { effectiveOn: scheduled_date } : {}) },
  }).catch(inMasStackFields);
  if (outcome === "held") {
    return new StatusResult(202, { risk_decision: "REVIEW", description: change.riskDecision });
  }
  return new StatusResult(201, await getSubscriptionProduct({ actor, orgId, number, include: [] }));
}
