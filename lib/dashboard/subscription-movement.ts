import "server-only";
import { and, count, gte, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { subscriptionScope } from "./scope";

export interface MonthMovement {
  /** YYYY-MM, UTC. */
  month: string;
  started: number;
  ended: number;
}

/** The last `months` calendar months (UTC), oldest first, ending with the current one. */
export function lastMonths(at: Date, months: number): string[] {
  return Array.from({ length: months }, (_, i) =>
    new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (months - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

/**
 * New against ended subscriptions per calendar month (UTC) over the last `months` months: a
 * subscription is new in the month it starts (`startsOn`) and ended in the month it ends
 * (`endedOn`); trials count as new, since a trial is how most subscriptions begin.
 */
export async function subscriptionMovement({
  actor,
  db,
  months = 12,
}: {
  actor: Actor;
  db?: Executor;
  months?: number;
}): Promise<MonthMovement[]> {
  const executor = db ?? (await getDb());
  const labels = lastMonths(now(), months);
  const from = new Date(`${labels[0]}-01T00:00:00Z`);
  const perMonth = async (column: PgColumn) => {
    const month = sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM')`;
    const rows = await executor
      .select({ month, n: count() })
      .from(subscriptions)
      .where(and(subscriptionScope(actor), gte(column, from)))
      .groupBy(month);
    return new Map(rows.map((r) => [r.month, r.n]));
  };
  const [started, ended] = await Promise.all([
    perMonth(subscriptions.startsOn),
    perMonth(subscriptions.endedOn),
  ]);
  return labels.map((month) => ({ month, started: started.get(month) ?? 0, ended: ended.get(month) ?? 0 }));
}
