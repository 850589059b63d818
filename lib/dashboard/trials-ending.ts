import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, products, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { nowMs } from "@/lib/clock";
import { subscriptionScope } from "./scope";

const dayMs = 86_400_000;

export interface EndingTrial {
  subscriptionId: string;
  organizationName: string;
  providerName: string;
  productName: string;
  endsOn: Date;
  /** Whole days left, rounded up: a trial ending later today has 1. */
  daysLeft: number;
}

/** Trials the actor may list whose period ends within the next `days` days, soonest first. */
export async function trialsEnding({
  actor,
  db,
  days = 7,
}: {
  actor: Actor;
  db?: Executor;
  days?: number;
}): Promise<EndingTrial[]> {
  const executor = db ?? (await getDb());
  const at = nowMs();
  const provider = alias(organizations, "provider");
  const rows = await executor
    .select({
      id: subscriptions.id,
      endsOn: subscriptions.currentPeriodEndsOn,
      organizationName: organizations.name,
      providerName: provider.name,
      productName: products.name,
    })
    .from(subscriptions)
    .innerJoin(organizations, eq(organizations.id, subscriptions.organizationId))
    .innerJoin(provider, eq(provider.id, subscriptions.providerOrganizationId))
    .innerJoin(products, eq(products.id, subscriptions.productId))
    .where(
      and(
        subscriptionScope(actor),
        eq(subscriptions.status, "trialing"),
        gte(subscriptions.currentPeriodEndsOn, new Date(at)),
        lte(subscriptions.currentPeriodEndsOn, new Date(at + days * dayMs)),
      ),
    )
    .orderBy(asc(subscriptions.currentPeriodEndsOn), asc(subscriptions.id));
  return rows.map(({ id, endsOn, ...names }) => ({
    subscriptionId: id,
    ...names,
    endsOn: endsOn!,
    daysLeft: Math.ceil((endsOn!.getTime() - at) / dayMs),
  }));
}
