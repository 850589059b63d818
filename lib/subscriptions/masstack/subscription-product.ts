import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { plans, productCompatibilities, products, type SubscriptionChange } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { namesInChanges } from "../change-names";
import { subscriptionHistory } from "../subscription-history";
import { masStackSubscription } from "./masstack-subscription";
import type { masStackIncludes, SubscriptionProduct } from "./masstack-schemas";
import { tariffHistory, type Tariff } from "./tariff-history";

const day = (date: Date) => date.toISOString().slice(0, 10);

async function compatibilitiesOf(productId: string) {
  const db = await getDb();
  return db
    .select({ id: products.number, value: products.name })
    .from(productCompatibilities)
    .innerJoin(products, eq(products.id, productCompatibilities.compatibleProductId))
    .where(and(eq(productCompatibilities.productId, productId), isNull(products.archivedOn)))
    .orderBy(asc(products.number));
}

async function productsById(ids: string[]) {
  if (!ids.length) return new Map<string, { number: number; name: string }>();
  const db = await getDb();
  const rows = await db
    .select({ id: products.id, number: products.number, name: products.name })
    .from(products)
    .where(inArray(products.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The product a waiting plan change moves to (a change by plan alone names its plan's product). */
async function destinationOf(change: SubscriptionChange): Promise<string | null> {
  const productId = change.toValue?.productId as string | null | undefined;
  const planId = change.toValue?.planId as string | null | undefined;
  if (productId || !planId) return productId ?? null;
  const db = await getDb();
  const [plan] = await db
    .select({ productId: plans.productId })
    .from(plans)
    .where(eq(plans.planId, planId))
    .limit(1);
  return plan?.productId ?? null;
}

/**
 * MasStack's view of a subscription's product: the current tariff with the date it took effect,
 * the product change still waiting (pending for its date, or held for review), and — when
 * included — the compatible products and the tariff history, newest first.
 */
export async function getSubscriptionProduct({
  actor,
  orgId,
  number,
  include,
}: {
  actor: Actor;
  orgId: string;
  number: number;
  include: readonly (typeof masStackIncludes)[number][];
}): Promise<SubscriptionProduct> {
  const subscription = await masStackSubscription(await getDb(), actor, { orgId, number });
  const history = await subscriptionHistory({ actor, id: subscription.id });
  const tariffs = tariffHistory(subscription, history);
  const waiting = history.find((c) => c.kind === "plan" && (c.state === "pending" || c.state === "held"));
  const destinationId = waiting ? await destinationOf(waiting) : null;
  const named = await productsById(
    [...new Set([...tariffs.map((t) => t.productId), destinationId ?? ""])].filter(Boolean),
  );
  const planNames = await namesInChanges(
    tariffs.map((t) => ({ fromValue: { planId: t.planId }, toValue: null })),
  );
  const present = (t: Tariff) => ({
    id: named.get(t.productId)!.number,
    value: named.get(t.productId)!.name,
    plan: t.planId ? (planNames[t.planId] ?? null) : null,
    historic_date: t.since.toISOString(),
  });
  const destination = destinationId ? named.get(destinationId) : undefined;
  return {
    id: subscription.number,
    product: {
      ...present(tariffs[0]!),
      ...(include.includes("compatibilities")
        ? { compatibilities: await compatibilitiesOf(subscription.productId) }
        : {}),
      scheduled:
        waiting && destination
          ? {
              request_date: waiting.requestedOn.toISOString(),
              scheduled_date: day(waiting.effectiveOn),
              process_date: waiting.state === "pending" ? waiting.effectiveOn.toISOString() : null,
              destination_product: { id: destination.number, value: destination.name },
              state: waiting.state as "pending" | "held",
              ...(waiting.riskDecision ? { risk_decision: waiting.riskDecision } : {}),
            }
          : null,
    },
    bundle: null,
    ...(include.includes("historical_changes") ? { historical_changes: tariffs.map(present) } : {}),
  };
}
