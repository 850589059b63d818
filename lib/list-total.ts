import "server-only";
import { sql, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/client";

/** How many rows a list's filters match: exact, or the planner's estimate (`estimated`). */
export type ListTotal = { count: number; estimated: boolean };

/** Up to this many matching rows are counted exactly; beyond it a count would read them all. */
export const exactTotalUpTo = 10_000;

/**
 * A text search's exact count stops sooner: each trigram match is rechecked against its text,
 * so counting 10,000 of a common word's matches cost 5–15× the searched page itself at 1M rows.
 */
export const exactSearchTotalUpTo = 1_000;

/** The exact-count limit of a list searched for `text` (when given) or only filtered. */
export function exactTotalFor(text: string | undefined): number {
  return text ? exactSearchTotalUpTo : exactTotalUpTo;
}

type PlanNode = { Plan: { "Plan Rows": number } };

/** The first column of the first row, on either driver. */
async function firstCell(executor: Executor, query: SQLWrapper): Promise<unknown> {
  // Both drivers answer raw SQL as `{ rows }`; the shared Database type cannot say so.
  const result: unknown = await executor.execute(query);
  const { rows } = result as { rows: Record<string, unknown>[] };
  return Object.values(rows[0] ?? {})[0];
}

/** The planner's row estimate for a query, read from EXPLAIN (no rows are read). */
async function plannedRows(executor: Executor, matching: SQLWrapper): Promise<number> {
  const cell = await firstCell(executor, sql`explain (format json) ${matching}`);
  const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as PlanNode[];
  return Math.round(plan[0]?.Plan["Plan Rows"] ?? 0);
}

/**
 * The total of a filtered list without counting a million rows per request: a count over
 * `limit exactTotalUpTo + 1` is exact for a selective filter (it reads at most that many index
 * entries); above that, the planner's estimate stands in, flagged, and never below what was counted.
 * `matching` selects the list's rows (one narrow column is enough), without order or limit.
 */
export async function listTotal(
  executor: Executor,
  matching: SQLWrapper,
  { exactUpTo = exactTotalUpTo } = {},
): Promise<ListTotal> {
  const n = Number(
    await firstCell(
      executor,
      sql`select count(*)::int from (${matching} limit ${exactUpTo + 1}) as matching`,
    ),
  );
  if (n <= exactUpTo) return { count: n, estimated: false };
  return { count: Math.max(n, await plannedRows(executor, matching)), estimated: true };
}
