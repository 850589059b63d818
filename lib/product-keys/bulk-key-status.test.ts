import { describe, expect, it } from "vitest";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { getProductKey } from "./read-product-keys";
import { setProductKeysStatus } from "./bulk-key-status";
import { createProductKey } from "./create-product-key";

describe("bulk disable and enable of product keys", () => {
  it("changes the provider's own keys and refuses, one by one, a key another provider issued", async () => {
    const { provider, rival, customer, products, issue } = await makeKeyCatalog();
    const [a, b] = [await issue(), await issue()];
    const foreign = await createProductKey({
      actor: rival.owner,
      input: {
        organizationId: customer.organization.id,
        productIds: [products.rivals.id],
        email: customer.user.email,
        firstName: "Grace",
        lastName: "Hopper",
      },
    });
    const ids = [a.productKey.id, foreign.productKey.id, b.productKey.id];

    const outcomes = await setProductKeysStatus({
      actor: provider.owner,
      input: { action: "disable", productKeyIds: ids, reason: "audit" },
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect((await getProductKey({ actor: rival.owner, id: foreign.productKey.id })).status).not.toBe(
      "disabled",
    );
    expect((await getProductKey({ actor: provider.owner, id: a.productKey.id })).status).toBe("disabled");

    // Switching a key on and off is the provider's, even for the customer's own keys.
    const byCustomer = await setProductKeysStatus({
      actor: customer.owner,
      input: { action: "enable", productKeyIds: [a.productKey.id] },
    });
    expect(byCustomer).toEqual([{ id: a.productKey.id, ok: false, message: expect.any(String) }]);
    expect((await getProductKey({ actor: provider.owner, id: a.productKey.id })).status).toBe("disabled");
  });

  it("asks a reason to disable, and takes at most 100 keys", async () => {
    const { provider, issue } = await makeKeyCatalog();
    const key = await issue();
    await expect(
      setProductKeysStatus({
        actor: provider.owner,
        input: { action: "disable", productKeyIds: [key.productKey.id] },
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      setProductKeysStatus({
        actor: provider.owner,
        input: { action: "enable", productKeyIds: Array.from({ length: 101 }, () => key.productKey.id) },
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});
