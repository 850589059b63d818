import { currentDatabase, installDatabase, type DatabaseHandle } from "@/db/client";
import { openPostgres } from "@/db/open";

/**
 * Runs `fn` while the process-wide database is one nobody answers for (a PostgreSQL URL on a
 * closed port): every query fails the way a real outage does, with node-postgres's own
 * ECONNREFUSED, whichever driver the test file otherwise uses. The test's database comes back after.
 */
export async function withDatabaseDown<T>(fn: () => Promise<T>): Promise<T> {
  const real = currentDatabase();
  const down: DatabaseHandle = await openPostgres("postgres://postgres@127.0.0.1:1/unreachable");
  installDatabase(down);
  try {
    return await fn();
  } finally {
    installDatabase(real);
    await down.close();
  }
}
