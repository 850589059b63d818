import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";

/**
 * pg-boss on embedded PGlite, through its `db.executeSql(text, values)` hook: PGlite belongs to
 * this process, so pg-boss shares the app's handle instead of opening a connection.
 *
 * Statements with parameters go through `query` (extended protocol). pg-boss's parameterless
 * commands can hold several statements — its schema creation and maintenance are one string
 * `BEGIN; …; COMMIT;` — which only `exec` (simple protocol) runs. A failing statement in such a
 * string leaves the session inside an aborted transaction, and PGlite is ONE session: every
 * later query of the app would fail. So `exec` runs inside PGlite's own transaction, which
 * keeps its lock until a failure is rolled back (the nested BEGIN/COMMIT only warn).
 * Nothing else is missing on PGlite: pg-boss's schema (partitioned tables, plpgsql functions,
 * advisory locks, SKIP LOCKED) installs with the default options.
 */
export function pgliteExecutor(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) return client.query(text, values);
      return client.transaction(async (tx) => {
        const results = await tx.exec(text);
        return results.at(-1) ?? { rows: [] };
      });
    },
  };
}

/**
 * How pg-boss reaches the app's database: PGlite through the executor above; PostgreSQL with
 * its own small pool on the same connection string (the app pool's statement timeout and size
 * stay the app's, and pg-boss's polling never waits behind a request).
 */
export function bossDatabase(handle: DatabaseHandle): PgBoss.DatabaseOptions {
  // drizzle keeps the driver's client on `$client` (documented); the shared Database type hides it.
  const client = (handle.db as unknown as { $client: PGlite | Pool }).$client;
  if (handle.driver === "pglite") return { db: pgliteExecutor(client as PGlite) };
  return {
    connectionString: (client as Pool).options.connectionString,
    max: 4,
    application_name: "subdesk-jobs",
  };
}
