import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateUpTo, providerAndCustomer, rowsOf as rows } from "@/lib/testing/migration-steps";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { DatabaseHandle } from "./client";
import { migrate } from "./migrate";

let handle: DatabaseHandle | undefined;
afterAll(async () => handle?.close());

describe("the product key provider migration (0022)", () => {
  it("gives each product of a key its key's provider, then holds them together", async () => {
    handle = await createTestDatabase({ migrated: false });
    await migrateUpTo(handle, "0022_product_key_provider");
    const { providerId, customerId } = await providerAndCustomer(handle);
    const products = await rows<{ id: string }>(
      handle,
      sql`insert into products (provider_organization_id, name)
          values (${providerId}, 'Storage'), (${providerId}, 'Compute') returning id`,
    );
    const [key] = await rows<{ id: string }>(
      handle,
      sql`insert into product_keys (provider_organization_id, organization_id, owner_email, first_name,
                                    last_name, starts_on, created_by, modified_by)
          values (${providerId}, ${customerId}, 'owner@customer.example', 'Olivia', 'Owner', now(), 'test', 'test')
          returning id`,
    );
    for (const product of products) {
      await handle.db.execute(
        sql`insert into product_key_products (product_key_id, product_id) values (${key!.id}, ${product.id})`,
      );
    }

    await migrate(handle);

    expect(
      await rows<{ provider_organization_id: string }>(
        handle,
        sql`select provider_organization_id from product_key_products where product_key_id = ${key!.id}`,
      ),
    ).toEqual([{ provider_organization_id: providerId }, { provider_organization_id: providerId }]);
    const constraints = await rows<{ conname: string }>(
      handle,
      sql`select conname from pg_constraint where conrelid = 'product_key_products'::regclass and contype = 'f' order by conname`,
    );
    expect(constraints.map((c) => c.conname)).toEqual([
      "product_key_products_key_provider_fk",
      "product_key_products_product_provider_fk",
    ]);
  });
});
