import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { DatabaseHandle } from "./client";
import { migrate } from "./migrate";

const folder = path.join(process.cwd(), "db", "migrations");

/** The committed migrations up to (not including) `tag`, in a folder of their own. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "subdesk-migrations-"));
  cpSync(folder, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return dir;
}

async function migrateWith(handle: DatabaseHandle, migrationsFolder: string) {
  const { migrate: run } =
    handle.driver === "pglite"
      ? await import("drizzle-orm/pglite/migrator")
      : await import("drizzle-orm/node-postgres/migrator");
  await run(handle.db as never, { migrationsFolder });
}

// Both drivers answer `{ rows }`; the shared driver-neutral type cannot say so.
async function rows<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await handle.db.execute(query);
  return (result as { rows: T[] }).rows;
}

let handle: DatabaseHandle | undefined;
afterAll(async () => handle?.close());

describe("the subscriptions migration", () => {
  it("moves every product subscription into subscriptions with its id, quantity and a history row", async () => {
    handle = await createTestDatabase({ migrated: false });
    const before = migrationsBefore("0010_subscriptions");
    try {
      await migrateWith(handle, before);
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
    const [provider] = await rows<{ id: string }>(
      handle,
      sql`insert into organizations (slug, name, provider) values ('mig-provider', 'Provider', true) returning id`,
    );
    const [customer] = await rows<{ id: string }>(
      handle,
      sql`insert into organizations (slug, name) values ('mig-customer', 'Customer') returning id`,
    );
    const [product] = await rows<{ id: string }>(
      handle,
      sql`insert into products (provider_organization_id, name, has_quantity) values (${provider!.id}, 'Seats', true) returning id`,
    );
    const old = await rows<{ id: string }>(
      handle,
      sql`insert into product_subscriptions (organization_id, product_id, quantity, change_sequence, created_on)
          values (${customer!.id}, ${product!.id}, 7, 3, '2025-01-02T03:04:05.123456Z'),
                 (${customer!.id}, ${product!.id}, 1, 1, '2025-02-01T00:00:00Z')
          returning id`,
    );

    await migrate(handle);

    const moved = await rows<Record<string, unknown>>(
      handle,
      sql`select id, organization_id, provider_organization_id, product_id, plan_id, quantity, status, terms,
                 change_sequence, number, starts_on = created_on as started_at_creation,
                 to_char(created_on at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as created
          from subscriptions order by created_on`,
    );
    expect(moved).toEqual([
      expect.objectContaining({
        id: old[0]!.id,
        organization_id: customer!.id,
        provider_organization_id: provider!.id,
        product_id: product!.id,
        plan_id: null,
        quantity: 7,
        status: "active",
        terms: "paid",
        change_sequence: 3,
        started_at_creation: true,
        created: "2025-01-02T03:04:05.123000",
      }),
      expect.objectContaining({ id: old[1]!.id, quantity: 1, status: "active" }),
    ]);
    expect(Number(moved[0]!.number)).toBeLessThan(Number(moved[1]!.number));
    const history = await rows<{ subscription_id: string; kind: string; state: string }>(
      handle,
      sql`select subscription_id, kind, state from subscription_changes order by requested_on`,
    );
    expect(history).toEqual([
      { subscription_id: old[0]!.id, kind: "create", state: "applied" },
      { subscription_id: old[1]!.id, kind: "create", state: "applied" },
    ]);
    const [numbered] = await rows<{ number: string | number }>(handle, sql`select number from products`);
    expect(Number(numbered!.number)).toBeGreaterThan(0);
    const [gone] = await rows<{ name: string | null }>(
      handle,
      sql`select to_regclass('public.product_subscriptions')::text as name`,
    );
    expect(gone!.name).toBeNull();
  });
});
