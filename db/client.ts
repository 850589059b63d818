import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

export type Schema = typeof schema;
type Relations = ExtractTablesWithRelations<Schema>;

/** Both drivers share this type, so the domain layer never knows which one it runs on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, Relations>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, Relations>;
/** Anything that can run a query: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export type Driver = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  driver: Driver;
  close(): Promise<void>;
}

// One handle per process, kept on globalThis so that every bundle Next.js builds
// (and every hot reload) shares it instead of opening the data directory again.
const slot = globalThis as typeof globalThis & { __subdeskDatabase?: DatabaseHandle };

/** Installs the process-wide database (at start-up, or a test's own database). */
export function installDatabase(handle: DatabaseHandle | undefined): void {
  slot.__subdeskDatabase = handle;
}

export function isDatabaseOpen(): boolean {
  return slot.__subdeskDatabase !== undefined;
}

export function currentDatabase(): DatabaseHandle {
  const handle = slot.__subdeskDatabase;
  if (!handle) throw new Error("The database is not open: call openDatabase() at start-up.");
  return handle;
}
