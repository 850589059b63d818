import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { dashboardSummaries, organizations, type DashboardSummary } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { recurringRevenuePerGroup } from "../recurring-revenue";
import { actorGroup, providerGroups, type SubscriptionGroups } from "../subscription-groups";
import { subscriptionMovementPerGroup } from "../subscription-movement";
import { subscriptionsByStatusPerGroup } from "../subscriptions-by-status";

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters however many providers there are. */
const chunk = 1_000;

/**
 * The three figures of every group, computed by the same aggregates the live dashboard runs; one
 * after another, as a transaction's one connection runs them anyway.
 */
async function figuresPerGroup(executor: Executor, groups: SubscriptionGroups) {
  const byStatus = await subscriptionsByStatusPerGroup(executor, groups);
  const movement = await subscriptionMovementPerGroup(executor, groups);
  const revenue = await recurringRevenuePerGroup(executor, groups);
  return (group: string | null) => ({
    byStatus: byStatus(group),
    movement: movement(group),
    revenue: revenue(group),
  });
}

/**
 * Computes the staff dashboards' subscription figures again and replaces the kept ones, in one
 * transaction: readers see the old rows until it commits, then the new ones all together. The
 * platform's row counts every subscription (what a platform admin may list); each provider
 * organization gets a row, zeros included, so no provider's view falls back to counting live.
 * Idempotent: a second run writes the same rows, and runs that overlap (the schedule and a
 * write's request) take turns on a transaction lock instead of deleting each other's rows.
 */
export async function refreshDashboardSummaries({ db }: { db?: Database } = {}) {
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dashboard.refresh-summaries'))`);
    const computedOn = now();
    const platform = await figuresPerGroup(tx, actorGroup(systemActor()));
    const perProvider = await figuresPerGroup(tx, providerGroups());
    const providers = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.provider, true));
    const rows: DashboardSummary[] = [
      { organizationId: null, ...platform(null), computedOn },
      ...providers.map(({ id }) => ({ organizationId: id, ...perProvider(id), computedOn })),
    ];
    // Every scope is written again below, so none is left over from an organization that stopped providing.
    await tx.delete(dashboardSummaries).where(sql`true`);
    for (let i = 0; i < rows.length; i += chunk) {
      await tx.insert(dashboardSummaries).values(rows.slice(i, i + chunk));
    }
    return { scopes: rows.length, computedOn: computedOn.toISOString() };
  });
}
