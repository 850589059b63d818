import type { Database } from "./client";

/**
 * A query built once per database and then run with each call's parameters (drizzle's
 * `.prepare()` with `sql.placeholder`s). For the queries every request runs: drizzle then
 * skips building the SQL text again, and PostgreSQL keeps the named statement's plan on each
 * pooled connection. Keyed by database, so a test that installs its own database builds anew.
 */
export function preparedPerDatabase<Query>(build: (db: Database) => Query): (db: Database) => Query {
  const built = new WeakMap<Database, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
