import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DatabaseHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { openPglite, openPostgres } from "@/db/open";

/**
 * A database of the test file's own: in-memory PGlite by default, or, when TEST_DATABASE_URL
 * names a PostgreSQL server, a fresh database created on it and dropped afterwards.
 * Both are migrated with the same committed migrations the app uses (unless `migrated` is false:
 * a migration's own test brings an empty one up step by step).
 */
export async function createTestDatabase({ migrated = true } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openPglite("memory://");
    if (migrated) await migrate(handle);
    return handle;
  }
  const name = `subdesk_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  if (migrated) await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
