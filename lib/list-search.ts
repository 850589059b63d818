import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * The step sizes of `searchedPage`: a search matching at most `fewMatches` rows is answered from
 * its matches alone; a commoner one's page is looked for among the sort's first `walkWindow` rows.
 * Tests lower them to run every step over a handful of rows.
 */
export const searchLimits = { fewMatches: 1_000, walkWindow: 2_000 };

/**
 * The steps of a searched list's page, each exact when it answers (same rows, same order).
 * `probe`, `among` and `all` find the matches through the search's own indexes (pg_trgm); `walk`
 * reads the sort's index and tests each row.
 */
export type SearchSteps<Row> = {
  /** How many rows `walk` must answer to be sure they are the page (its limit). */
  wanted: number;
  /** The ids of every matching row when they are at most `cap` (see `cappedIds`), else null. */
  probe: (cap: number) => Promise<string[] | null>;
  /** The page among these rows, all the matches there are. */
  among: (ids: string[]) => Promise<Row[]>;
  /** The page among the first `window` rows of the sort's order (after the cursor, if any). */
  walk: (window: number) => Promise<Row[]>;
  /** The page from every match. */
  all: () => Promise<Row[]>;
};

/**
 * One page of a searched list, whatever the search matches. The search's index alone reads and
 * sorts every match — a common word's tens of thousands for one page — while a walk of the
 * sort's index that tests each row stops after a page of a common word's rows but reads the
 * whole table for a rare one; the planner's estimate cannot tell them apart reliably, and when
 * the matching rows are bunched in the sort's order (a name search over a list sorted by name)
 * the walk costs far more than it assumes. So the page is asked for in bounded steps: few
 * matches (the probe reads at most one more) are sorted alone; many are looked for among the
 * sort's first rows; only when those hold too few is every match read.
 */
export async function searchedPage<Row>(steps: SearchSteps<Row>): Promise<Row[]> {
  const ids = await steps.probe(searchLimits.fewMatches);
  if (ids) return steps.among(ids);
  const walked = await steps.walk(searchLimits.walkWindow);
  if (walked.length >= steps.wanted) return walked;
  return steps.all();
}

/** The ids a query answers, reading at most `cap + 1` of them; null when there are more than `cap`. */
export async function cappedIds(
  query: { limit(n: number): PromiseLike<{ id: string }[]> },
  cap: number,
): Promise<string[] | null> {
  const rows = await query.limit(cap + 1);
  return rows.length > cap ? null : rows.map((r) => r.id);
}

/**
 * The ids of one page of `matching` — a select of every match's `id` and sort `key` — sorted by
 * key, then id: a search's `all`. `offset 0` keeps the planner from pulling the matches into a
 * walk of the sort's index (which reads every row before a bunch of matches): they are read
 * through the search's own indexes and only their keys sorted.
 */
export function sortedMatchIds(
  matching: SQL,
  order: { key: "asc" | "desc"; id: "asc" | "desc" },
  page: { limit: number; offset?: number },
): SQL {
  return sql`(select id from (${matching} offset 0) as matching
    order by key ${sql.raw(order.key)}, id ${sql.raw(order.id)} limit ${page.limit} offset ${page.offset ?? 0})`;
}
