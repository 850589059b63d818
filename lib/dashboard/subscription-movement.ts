import "server-only";
import { and, count, gte, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions, type MonthMovement } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { actorGroup, figurePerGroup, type SubscriptionGroups } from "./subscription-groups";

export type { MonthMovement } from "@/db/schema";

/** The last `months` calendar months (UTC), oldest first, ending with the current one. */
export function lastMonths(at: Date, months: number): string[] {
  return Array.from({ length: months }, (_, i) =>
    new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (months - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

type MovementRow = { group: string | null; month: string; n: number; kind: "started" | "ended" };

/**
 * A subscription is new in the month it starts (`startsOn`) and ended in the month it ends
 * (`endedOn`); trials count as new, since a trial is how most subscriptions begin.
 */
async function movementRows(executor: Executor, groups: SubscriptionGroups, labels: string[]) {
  const from = new Date(`${labels[0]}-01T00:00:00Z`);
  const perMonth = async (column: PgColumn, kind: MovementRow["kind"]): Promise<MovementRow[]> => {
    const month = sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM')`;
    const rows = await groups
      .join(executor.select({ group: groups.key, month, n: count() }).from(subscriptions).$dynamic())
      .where(and(groups.where, gte(column, from)))
      .groupBy(groups.key, month);
    return rows.map((row) => ({ ...row, kind }));
  };
  // One after the other: the summary job runs this on its transaction's one connection.
  return [
    ...(await perMonth(subscriptions.startsOn, "started")),
    ...(await perMonth(subscriptions.endedOn, "ended")),
  ];
}

/** One group's rows as the chart's months, zero where nothing moved. */
const everyMonth =
  (labels: string[]) =>
  (rows: MovementRow[]): MonthMovement[] => {
    const n = (month: string, kind: MovementRow["kind"]) =>
      rows.find((r) => r.month === month && r.kind === kind)?.n ?? 0;
    return labels.map((month) => ({ month, started: n(month, "started"), ended: n(month, "ended") }));
  };

/** New against ended subscriptions per month for each group (the summary job's form). */
export async function subscriptionMovementPerGroup(
  executor: Executor,
  groups: SubscriptionGroups,
  months = 12,
) {
  const labels = lastMonths(now(), months);
  return figurePerGroup(await movementRows(executor, groups, labels), everyMonth(labels));
}

/** New against ended subscriptions per calendar month (UTC) over the last `months` months. */
export async function subscriptionMovement({
  actor,
  db,
  months = 12,
}: {
  actor: Actor;
  db?: Executor;
  months?: number;
}): Promise<MonthMovement[]> {
  const labels = lastMonths(now(), months);
  return everyMonth(labels)(await movementRows(db ?? (await getDb()), actorGroup(actor), labels));
}
