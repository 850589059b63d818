import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateUpTo, providerAndCustomer, rowsOf as rows } from "@/lib/testing/migration-steps";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { DatabaseHandle } from "./client";
import { migrate } from "./migrate";

let handle: DatabaseHandle | undefined;
afterAll(async () => handle?.close());

describe("the subscriptions migration", () => {
  it("moves every product subscription into subscriptions with its id, quantity and a history row", async () => {
    handle = await createTestDatabase({ migrated: false });
    await migrateUpTo(handle, "0010_subscriptions");
    const { providerId, customerId } = await providerAndCustomer(handle);
    const [product] = await rows<{ id: string }>(
      handle,
      sql`insert into products (provider_organization_id, name, has_quantity) values (${providerId}, 'Seats', true) returning id`,
    );
    const old = await rows<{ id: string }>(
      handle,
      sql`insert into product_subscriptions (organization_id, product_id, quantity, change_sequence, created_on)
          values (${customerId}, ${product!.id}, 7, 3, '2025-01-02T03:04:05.123456Z'),
                 (${customerId}, ${product!.id}, 1, 1, '2025-02-01T00:00:00Z')
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
        organization_id: customerId,
        provider_organization_id: providerId,
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
