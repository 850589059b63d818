import path from "node:path";
import type { Pool } from "pg";
import type { DatabaseHandle } from "./client";

export const committedMigrations = path.join(process.cwd(), "db", "migrations");

/** How long a migration waits for a table's lock before giving up. */
const migrationLockTimeoutMs = 10_000;

/**
 * Applies the committed drizzle-kit migrations (or those of `migrationsFolder`: a migration's
 * test stops before it); already-applied ones are skipped.
 */
export async function migrate(handle: DatabaseHandle, migrationsFolder = committedMigrations): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(handle.db as never, { migrationsFolder });
    return;
  }
  const { migrate: run } = await import("drizzle-orm/node-postgres/migrator");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // A migration may rewrite or check a million rows (a backfill, a new foreign key): the
  // request timeout the pool puts on its connections would cancel it halfway, and with it the
  // deploy. So migrations run on a connection of their own without that timeout, which is then
  // closed rather than handed back to the pool. Waiting for a lock stays bounded: a migration
  // queued behind a long transaction would hold up every request queued behind it in turn, so
  // it gives up instead, and the deploy can be run again.
  const pool = (handle.db as unknown as { $client: Pool }).$client;
  const connection = await pool.connect();
  try {
    await connection.query("set statement_timeout = 0");
    await connection.query(`set lock_timeout = ${migrationLockTimeoutMs}`);
    await run(drizzle(connection), { migrationsFolder });
  } finally {
    connection.release(true);
  }
}
