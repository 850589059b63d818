import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { currentDatabase } from "./client";
import { migrate } from "./migrate";

// The setup file has migrated this file's database on the driver under test (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set): check the result and that re-running is a no-op.
describe("migrations", () => {
  it("create every table and can be applied again without change", async () => {
    const handle = currentDatabase();
    const tables = async () =>
      (
        await handle.db.execute<{ table_name: string }>(
          sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        )
      ).rows.map((row) => row.table_name);
    const before = await tables();
    expect(before).toEqual(
      expect.arrayContaining([
        "api_keys",
        "audit_events",
        "auth_tokens",
        "idempotency_records",
        "memberships",
        "organizations",
        "users",
      ]),
    );
    await migrate(handle);
    expect(await tables()).toEqual(before);
    const applied = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(applied.rows[0]).toEqual({ n: expect.any(Number) });
  });
});
