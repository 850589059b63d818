import path from "node:path";
import { env } from "@/lib/env";
import {
  currentDatabase,
  installDatabase,
  isDatabaseOpen,
  type Database,
  type DatabaseHandle,
} from "./client";
import { lockDataDirectory } from "./pglite-lock";
import * as schema from "./schema";

const slot = globalThis as typeof globalThis & { __subdeskOpening?: Promise<DatabaseHandle> };

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS } = env();
  const pool = new Pool({
    connectionString: url,
    max: DB_POOL_MAX,
    statement_timeout: DB_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection (a database restart) emits 'error' on the pool;
  // unhandled, that would kill the process. The pool replaces the client on next use.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  const db = drizzle(pool, { schema }) as unknown as Database;
  return { db, driver: "postgres", close: () => pool.end() };
}

/** Opens PGlite on disk, or in memory when `dataDir` is "memory://". */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  // pg_trgm ships with PGlite as an extension; migration 0014 creates it for the search indexes.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDirectory(dataDir);
  try {
    const client = await PGlite.create(inMemory ? dataDir : path.join(dataDir, "pglite"), {
      extensions: { pg_trgm },
    });
    const db = drizzle(client, { schema }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Opens the configured database once per process: PostgreSQL through `pg` when
 * DATABASE_URL is set, embedded PGlite under DATA_DIR otherwise. Lazy, so a build opens nothing.
 */
export async function openDatabase(): Promise<DatabaseHandle> {
  if (isDatabaseOpen()) return currentDatabase();
  slot.__subdeskOpening ??= (async () => {
    const { DATABASE_URL, DATA_DIR } = env();
    const handle = DATABASE_URL ? await openPostgres(DATABASE_URL) : await openPglite(DATA_DIR);
    installDatabase(handle);
    return handle;
  })();
  try {
    return await slot.__subdeskOpening;
  } finally {
    slot.__subdeskOpening = undefined;
  }
}

/** The process-wide database, opened on first use. */
export async function getDb(): Promise<Database> {
  return (await openDatabase()).db;
}

export { openPostgres };
