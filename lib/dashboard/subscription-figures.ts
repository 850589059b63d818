import "server-only";
import { eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { dashboardSummaries, type MonthMovement, type RecurringRevenue, type StatusCount } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recurringRevenue } from "./recurring-revenue";
import { summaryScope } from "./scope";
import { subscriptionMovement } from "./subscription-movement";
import { subscriptionsByStatus } from "./subscriptions-by-status";

export interface SubscriptionFigures {
  revenue: RecurringRevenue[];
  byStatus: StatusCount[];
  movement: MonthMovement[];
  /** When the summary job computed them; null when they were counted for this view. */
  asOf: Date | null;
}

async function keptSummary(executor: Executor, actor: Actor) {
  const scope = summaryScope(actor);
  if (!scope) return undefined;
  const [row] = await executor
    .select()
    .from(dashboardSummaries)
    .where(
      scope.organizationId === null
        ? isNull(dashboardSummaries.organizationId)
        : eq(dashboardSummaries.organizationId, scope.organizationId),
    );
  return row;
}

/**
 * The staff dashboard's subscription figures — MRR and ARR, subscriptions by status, new vs ended
 * per month — for what the actor may list. Read from the summary the job keeps, one row however
 * many subscriptions there are; where the job has not yet written the actor's scope (a fresh
 * database, a provider made since its last run) they are counted live, so they are never missing.
 */
export async function subscriptionFigures({
  actor,
  db,
}: {
  actor: Actor;
  db?: Executor;
}): Promise<SubscriptionFigures> {
  const executor = db ?? (await getDb());
  const kept = await keptSummary(executor, actor);
  if (kept) {
    const { revenue, byStatus, movement, computedOn } = kept;
    return { revenue, byStatus, movement, asOf: computedOn };
  }
  const [revenue, byStatus, movement] = await Promise.all([
    recurringRevenue({ actor, db: executor }),
    subscriptionsByStatus({ actor, db: executor }),
    subscriptionMovement({ actor, db: executor }),
  ]);
  return { revenue, byStatus, movement, asOf: null };
}
