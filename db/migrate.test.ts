import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { currentDatabase } from "./client";
import { migrate } from "./migrate";

// The setup file has migrated this file's database on the driver under test (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set): check the result and that re-running is a no-op.
describe("migrations", () => {
  it("create every table and can be applied again without change", async () => {
    const handle = currentDatabase();
    // Both drivers answer `{ rows }`; the shared driver-neutral type cannot say so.
    const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => {
      const result: unknown = await handle.db.execute(query);
      return (result as { rows: T[] }).rows;
    };
    const tables = async () =>
      (
        await rows<{ table_name: string }>(
          sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        )
      ).map((row) => row.table_name);
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
    const [applied] = await rows<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied?.n).toBeGreaterThan(0);
  });
});
