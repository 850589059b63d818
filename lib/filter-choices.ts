import "server-only";
import { asc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";

/**
 * At most this many choices in a list's filter select, the first by name: a long select helps
 * nobody, and the list's search finds any product by name. (Organizations, which may be
 * 100,000, are searched as the user types instead: searchListedSubscribers.)
 */
export const choiceLimit = 200;

type Named = PgTable & { id: AnyPgColumn; name: AnyPgColumn };

/**
 * The first `choiceLimit` rows of a named table (organizations, products) by name that `occurs`
 * keeps — an `exists` probe into the listed records per candidate, walking the name's index,
 * so the choices never cost a pass over the records, which may be millions.
 */
export function firstChoicesByName(db: Executor, table: Named, occurs: SQL) {
  return db
    .select({ id: sql<string>`${table.id}`, name: sql<string>`${table.name}` })
    .from(table)
    .where(occurs)
    .orderBy(asc(sql`lower(${table.name})`), asc(table.id))
    .limit(choiceLimit);
}
