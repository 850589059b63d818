import { jsonb, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";
import { organizations } from "./organizations";
import type { SubscriptionStatus } from "./subscriptions";

export interface StatusCount {
  status: SubscriptionStatus;
  count: number;
}

export interface MonthMovement {
  /** YYYY-MM, UTC. */
  month: string;
  started: number;
  ended: number;
}

export interface RecurringRevenue {
  currency: string;
  /** Minor units of `currency`, rounded once per currency. */
  mrrMinor: number;
  arrMinor: number;
  subscriptions: number;
}

/**
 * The staff dashboards' subscription figures as the summary job last computed them
 * (lib/dashboard/summary/), one row per scope a dashboard reads: the platform's, and each provider
 * organization's. Counting a million subscriptions on every view is what this saves, so the
 * platform's row is kept whole rather than added up from the organizations' at read time.
 */
export const dashboardSummaries = pgTable(
  "dashboard_summaries",
  {
    /** The provider organization whose staff read the row; null for the platform-wide one. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    byStatus: jsonb("by_status").$type<StatusCount[]>().notNull(),
    movement: jsonb("movement").$type<MonthMovement[]>().notNull(),
    revenue: jsonb("revenue").$type<RecurringRevenue[]>().notNull(),
    computedOn: timestampColumn("computed_on").notNull(),
  },
  // One row per scope, the platform's (null) included: a read is one lookup of this index.
  (t) => [unique("dashboard_summaries_scope_unique").on(t.organizationId).nullsNotDistinct()],
);

export type DashboardSummary = typeof dashboardSummaries.$inferSelect;
