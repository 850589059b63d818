import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Client, Pool } from "pg";
import { describe, expect, it } from "vitest";
import { rowsOf } from "@/lib/testing/migration-steps";
import { currentDatabase, type Database } from "./client";
import { migrate } from "./migrate";

const serverUrl = process.env.TEST_DATABASE_URL;

// The setup file has migrated this file's database on the driver under test (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set): check the result and that re-running is a no-op.
describe("migrations", () => {
  it("create every table and can be applied again without change", async () => {
    const handle = currentDatabase();
    const tables = async () =>
      (
        await rowsOf<{ table_name: string }>(
          handle,
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
    const [applied] = await rowsOf<{ n: number }>(
      handle,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied?.n).toBeGreaterThan(0);
  });

  // PostgreSQL only: the embedded database has no request timeout.
  if (serverUrl) {
    it("are not cut short by the pool's request timeout (a backfill of a million rows takes seconds)", async () => {
      const name = `subdesk_migrate_${Date.now()}`;
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        // 5 ms: creating the trigram extension alone takes longer (about 20 ms here).
        const pool = new Pool({ connectionString: url.toString(), statement_timeout: 5 });
        try {
          await migrate({
            db: drizzle(pool) as unknown as Database,
            driver: "postgres",
            close: () => pool.end(),
          });
          // The connection the migrations ran on was closed, not handed back without its timeout.
          expect((await pool.query("show statement_timeout")).rows[0]).toEqual({ statement_timeout: "5ms" });
        } finally {
          await pool.end();
        }
        const check = new Client({ connectionString: url.toString() });
        await check.connect();
        try {
          const applied = await check.query<{ n: number }>(
            "select count(*)::int as n from drizzle.__drizzle_migrations",
          );
          expect(applied.rows[0]!.n).toBeGreaterThan(20);
        } finally {
          await check.end();
        }
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    });
  }
});
