import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { committedMigrations, migrate } from "@/db/migrate";

/**
 * Brings an empty database up to just before the migration `tag`, with the committed
 * migrations copied to a folder whose journal ends there: a migration's test then writes rows
 * as they were and runs the rest over them.
 */
export async function migrateUpTo(handle: DatabaseHandle, tag: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "subdesk-migrations-"));
  try {
    cpSync(committedMigrations, dir, { recursive: true });
    const journalPath = path.join(dir, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    const cut = journal.entries.findIndex((entry) => entry.tag === tag);
    if (cut < 0) throw new Error(`no migration ${tag}`);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
    await migrate(handle, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A raw query's rows: both drivers answer `{ rows }`, which the driver-neutral type cannot say. */
export async function rowsOf<T>(handle: DatabaseHandle, query: SQL): Promise<T[]> {
  const result: unknown = await handle.db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** A provider and a customer organization, written with the columns every migration has had. */
export async function providerAndCustomer(handle: DatabaseHandle) {
  const [provider] = await rowsOf<{ id: string }>(
    handle,
    sql`insert into organizations (slug, name, provider) values ('mig-provider', 'Provider', true) returning id`,
  );
  const [customer] = await rowsOf<{ id: string }>(
    handle,
    sql`insert into organizations (slug, name) values ('mig-customer', 'Customer') returning id`,
  );
  return { providerId: provider!.id, customerId: customer!.id };
}
