import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { now } from "./clock";
import { notFound, staleChangeSequence } from "./errors";

interface VersionedTable extends PgTable {
  id: PgColumn;
  changeSequence: PgColumn;
  updatedOn: PgColumn;
}

/**
 * Updates one row only if its `changeSequence` is still the one the caller read, and bumps it.
 * No row matched means either it does not exist (404; `scope` keeps other tenants' rows out)
 * or someone changed it first (409) — never a silent overwrite.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Executor,
  table: T,
  options: {
    id: string;
    changeSequence: number;
    values: PgUpdateSetSource<T>;
    scope?: SQL;
    what: string;
  },
): Promise<T["$inferSelect"]> {
  const rowMatch = options.scope ? and(eq(table.id, options.id), options.scope) : eq(table.id, options.id);
  const [updated] = (await tx
    .update(table)
    .set({
      ...options.values,
      changeSequence: sql`${table.changeSequence} + 1`,
      updatedOn: now(),
    })
    .where(and(rowMatch, eq(table.changeSequence, options.changeSequence)))
    .returning()) as T["$inferSelect"][];
  if (updated) return updated;
  const existing = await tx
    .select({ id: sql`1` })
    .from(table as PgTable) // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion -- needed by drizzle's generic typing
    .where(rowMatch);
  if (existing.length === 0) throw notFound(options.what);
  throw staleChangeSequence(options.what);
}
