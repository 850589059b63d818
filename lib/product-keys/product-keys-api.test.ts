import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey } from "@/lib/testing/factories";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import * as collection from "@/app/api/product-keys/route";
import * as single from "@/app/api/product-keys/[id]/route";
import * as rotate from "@/app/api/product-keys/[id]/rotate/route";
import * as revoke from "@/app/api/product-keys/[id]/revoke/route";
import * as usage from "@/app/api/product-keys/[id]/usage/route";
import { rotateProductKey } from "./rotate-product-key";

interface Column {
  table_schema: string;
  table_name: string;
  column_name: string;
}

/** Every text, JSON and array column of every table, in every schema the app can write to. */
async function textColumns(): Promise<Column[]> {
  const db = await getDb();
  const result: unknown = await db.execute(sql`
    select c.table_schema, c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where t.table_type = 'BASE TABLE'
      and c.table_schema not in ('pg_catalog', 'information_schema')
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')`);
  return (result as { rows: Column[] }).rows;
}

/** Where in the database a text occurs (as text, or inside JSON, arrays and bytes). */
async function whereStored(needle: string): Promise<string[]> {
  const db = await getDb();
  const found: string[] = [];
  for (const c of await textColumns()) {
    const column = sql.raw(`"${c.table_schema}"."${c.table_name}"."${c.column_name}"`);
    const table = sql.raw(`"${c.table_schema}"."${c.table_name}"`);
    const hit: unknown = await db.execute(
      sql`select 1 from ${table} where strpos(${column}::text, ${needle}) > 0 or strpos(encode(convert_to(${column}::text, 'UTF8'), 'escape'), ${needle}) > 0 limit 1`,
    );
    if ((hit as { rows: unknown[] }).rows.length)
      found.push(`${c.table_schema}.${c.table_name}.${c.column_name}`);
  }
  return found;
}

describe("the product key API", () => {
  it("creates with Revenium's payload, answers the key once, and stores it nowhere in plain text", async () => {
    const world = await makeKeyCatalog();
    const { key: providerKey } = await makeOrganizationKey(world.provider.organization.id);
    const body = {
      ...world.keyInput({ quota: 50, expiration: Date.UTC(2040, 0, 1), startDate: Date.UTC(2020, 0, 1) }),
      notifyCreatorOnCreation: true,
      notificationAddressesOnCreation: ["watch@example.com"],
    };
    const create = () =>
      callRoute(collection.POST, {
        method: "POST",
        path: "/api/product-keys",
        apiKey: providerKey,
        body,
        headers: { "idempotency-key": "create-once" },
      });
    const created = await create();
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect(key).toMatch(/^sdpk_/);
    expect(created.body).toMatchObject({
      organizationId: world.customer.organization.id,
      providerOrganizationId: world.provider.organization.id,
      productIds: [world.products.main.id],
      quota: 50,
      consumedQuota: 0,
      expiration: Date.UTC(2040, 0, 1),
      startDate: Date.UTC(2020, 0, 1),
      email: world.customer.user.email,
      owner: world.customer.user.id,
      status: "active",
      prefix: key.slice(0, 12),
    });
    // An idempotent replay answers the same key record without the secret.
    const replay = await create();
    expect(replay.body).toMatchObject({ id: created.body.id, key: null });
    const id = created.body.id as string;

    const rotated = await callRoute(rotate.POST, {
      method: "POST",
      path: `/api/product-keys/${id}/rotate`,
      apiKey: providerKey,
      params: { id },
      body: { graceHours: 1 },
      headers: { "idempotency-key": "rotate-once" },
    });
    expect(rotated.status).toBe(200);
    const second = rotated.body.key as string;
    expect(rotated.body.secrets).toHaveLength(2);
    const { key: third } = await rotateProductKey({ actor: world.customer.owner, id, input: {} });

    // The scan sees the tables: each key's prefix is stored (in product_key_secrets.prefix)...
    expect(await whereStored(key.slice(0, 12))).toContain("public.product_key_secrets.prefix");
    // ...but no key, nor its random part, is anywhere.
    for (const secret of [key, second, third]) {
      expect(await whereStored(secret), secret).toEqual([]);
      expect(await whereStored(secret.slice(12)), secret).toEqual([]);
    }
  });

  it("reads, changes, revokes and reports usage in Revenium's shape", async () => {
    const world = await makeKeyCatalog();
    const { key: providerKey } = await makeOrganizationKey(world.provider.organization.id);
    const { key: customerKey } = await makeOrganizationKey(world.customer.organization.id);
    const { productKey } = await world.issue({ tags: ["api"] });
    const id = productKey.id;
    const got = await callRoute(single.GET, {
      path: `/api/product-keys/${id}`,
      apiKey: customerKey,
      params: { id },
    });
    expect(got.body).toMatchObject({ id, tags: ["api"], createdOn: productKey.createdOn.getTime() });
    expect(JSON.stringify(got.body)).not.toMatch(/secretHash/);
    const put = (changeSequence: number) =>
      callRoute(single.PUT, {
        method: "PUT",
        path: `/api/product-keys/${id}`,
        apiKey: providerKey,
        params: { id },
        body: { changeSequence, quota: 10 },
      });
    expect((await put(productKey.changeSequence)).body).toMatchObject({ quota: 10 });
    expect((await put(productKey.changeSequence)).status).toBe(409);
    // The owner may not change the terms, but may revoke its own key.
    const denied = await callRoute(single.PUT, {
      method: "PUT",
      path: `/api/product-keys/${id}`,
      apiKey: customerKey,
      params: { id },
      body: { changeSequence: productKey.changeSequence + 1, quota: 99 },
    });
    expect(denied.status).toBe(403);
    const revoked = await callRoute(revoke.POST, {
      method: "POST",
      path: `/api/product-keys/${id}/revoke`,
      apiKey: customerKey,
      params: { id },
      body: { reason: "Leaked in a log" },
    });
    expect(revoked.body).toMatchObject({ status: "revoked", revokedReason: "Leaked in a log" });
    const listed = await callRoute(collection.GET, {
      path: "/api/product-keys?tag=api&status=revoked",
      apiKey: providerKey,
    });
    expect(listed.body).toMatchObject({ items: [{ id }], nextCursor: null });
    const days = await callRoute(usage.GET, {
      path: `/api/product-keys/${id}/usage?days=7`,
      apiKey: customerKey,
      params: { id },
    });
    expect(days.body.days).toHaveLength(7);
    const removed = await callRoute(single.DELETE, {
      method: "DELETE",
      path: `/api/product-keys/${id}`,
      apiKey: providerKey,
      params: { id },
    });
    expect(removed.status).toBe(204);
  });
});
