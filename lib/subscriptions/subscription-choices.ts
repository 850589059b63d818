import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productCompatibilities, products, type Plan } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listed } from "@/lib/catalog/catalog-visibility";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { changeValues } from "./change-effects";
import { loadSubscription } from "./load-subscription";
import { offeredPlansByProduct, subscribesDirectly } from "./plan-terms";
import { subscribingScope } from "./subscribing-scope";

export interface PlanChoice {
  id: string;
  name: string;
  terms: Plan["terms"];
}
export interface ProductChoice {
  id: string;
  name: string;
  hasQuantity: boolean;
  plans: PlanChoice[];
}

const byName = asc(sql`lower(${products.name})`);
const planChoice = (p: Plan): PlanChoice => ({ id: p.planId, name: p.name, terms: p.terms });

/**
 * The products a new subscription may be made of on the admin and provider screens: listed ones
 * the actor provides (platform admins: every one) with their directly subscribable plans, read
 * in two queries. The organization is searched for as the user types (subscriber-search.ts).
 */
export async function subscribeChoices({ actor }: { actor: Actor }): Promise<{ products: ProductChoice[] }> {
  const scope = subscribingScope(actor);
  if (!scope) return { products: [] };
  const db = await getDb();
  const own = scope.provider === null ? undefined : eq(products.providerOrganizationId, scope.provider);
  const productRows = await db.select().from(products).where(and(listed, own)).orderBy(byName);
  const offered = await offeredPlansByProduct(
    db,
    productRows.map((p) => p.id),
    now(),
  );
  return {
    products: productRows.map((p) => ({
      id: p.id,
      name: p.name,
      hasQuantity: p.hasQuantity,
      plans: offered.get(p.id)!.filter(subscribesDirectly).map(planChoice),
    })),
  };
}

/**
 * The plans a subscription may move to now — of its own product or a compatible one — as the
 * plan change itself would judge them: each candidate is tried against the domain's own rules
 * (changeValues, which only reads), so the form never offers what the change would refuse.
 * A compatible product without plans is offered alone (a choice with no plans and `alone`).
 */
export async function planChangeChoices({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<(ProductChoice & { alone: boolean })[]> {
  const db = await getDb();
  const { subscription } = await loadSubscription(db, actor, id, "read");
  const compatible = await db
    .select({ id: productCompatibilities.compatibleProductId })
    .from(productCompatibilities)
    .where(eq(productCompatibilities.productId, subscription.productId));
  const candidates = await db
    .select()
    .from(products)
    .where(
      and(
        inArray(products.id, [subscription.productId, ...compatible.map((c) => c.id)]),
        isNull(products.archivedOn),
      ),
    )
    .orderBy(byName);
  const at = now();
  const offered = await offeredPlansByProduct(
    db,
    candidates.map((c) => c.id),
    at,
  );
  const accepts = (request: { planId?: string; productId: string }) =>
    changeValues(db, subscription, { kind: "plan", ...request }, at).then(
      () => true,
      (error: unknown) => {
        if (isAppError(error)) return false;
        throw error;
      },
    );
  const choices = await Promise.all(
    candidates.map(async (product) => {
      const direct = offered.get(product.id)!.filter(subscribesDirectly);
      const plans: PlanChoice[] = [];
      for (const plan of direct) {
        if (await accepts({ productId: product.id, planId: plan.planId })) plans.push(planChoice(plan));
      }
      const alone = direct.length === 0 && (await accepts({ productId: product.id }));
      return { id: product.id, name: product.name, hasQuantity: product.hasQuantity, plans, alone };
    }),
  );
  return choices.filter((c) => c.plans.length || c.alone);
}
