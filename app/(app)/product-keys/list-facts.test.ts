import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { createProductKey, disableProductKey, productKeyListFacts } from "@/lib/product-keys";
import { searchListedSubscribers } from "@/lib/subscriptions";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { exportProductKeysCsv } from "./export/export-product-keys";

async function lines(generator: AsyncGenerator<string>) {
  let text = "";
  for await (const line of generator) text += line;
  return parseCsv(text).rows.map((row) => row.cells);
}

/** The provider's two keys for the customer (one tagged, one disabled), and a rival's key. */
async function world() {
  const catalog = await makeKeyCatalog();
  const { provider, rival, products } = catalog;
  const plain = await catalog.issue({ description: "Plain" });
  const tagged = await catalog.issue({
    description: "Tagged",
    productIds: [products.second.id],
    tags: ["edge"],
  });
  await disableProductKey({ actor: provider.owner, id: plain.productKey.id, input: { reason: "Paused" } });
  const rivals = await createProductKey({
    actor: rival.owner,
    input: catalog.keyInput({ productIds: [products.rivals.id], description: "Rival's" }),
  });
  return { ...catalog, plain, tagged, rivals };
}

describe("the keys list's facts and export", () => {
  it("offers only the organizations and products of keys the reader may see, and counts per status", async () => {
    const w = await world();
    const facts = await productKeyListFacts({ actor: w.provider.owner, filter: {} });
    const owners = await searchListedSubscribers({ actor: w.provider.owner, list: "productKeys", input: {} });
    expect(owners.map((o) => o.id)).toEqual([w.customer.organization.id]);
    expect(facts.products.map((p) => p.id).sort()).toEqual([w.products.main.id, w.products.second.id].sort());
    expect(facts.counts).toEqual({ active: 1, disabled: 1 });
    expect(facts.total).toEqual({ count: 2, estimated: false });
    // The counts follow the other filters, but not the status one (they are the status choices).
    const edge = await productKeyListFacts({
      actor: w.provider.owner,
      filter: { tag: "edge", status: "disabled" },
    });
    expect(edge.counts).toEqual({ active: 1 });
    expect(edge.total).toEqual({ count: 0, estimated: false });
    // The customer sees both providers' keys it holds.
    const mine = await productKeyListFacts({ actor: w.customer.owner, filter: {} });
    expect(mine.counts).toEqual({ active: 2, disabled: 1 });
  });

  it("exports every matching key in the reader's scope by prefix, never a secret", async () => {
    const w = await world();
    const [header, ...rows] = await lines(exportProductKeysCsv({ actor: w.provider.owner, filter: {} }));
    expect(rows.map((r) => r[header!.indexOf("description")]).sort()).toEqual(["Plain", "Tagged"]);
    const plain = rows.find((r) => r[header!.indexOf("description")] === "Plain")!;
    expect(plain[header!.indexOf("status")]).toBe("disabled");
    expect(plain[header!.indexOf("disabledReason")]).toBe("Paused");
    expect(plain[header!.indexOf("prefix")]).toBe(w.plain.key.slice(0, 12));
    const everything = rows.flat().join(",");
    for (const key of [w.plain.key, w.tagged.key, w.rivals.key]) expect(everything).not.toContain(key);

    const tagged = await lines(exportProductKeysCsv({ actor: w.provider.owner, filter: { tag: "edge" } }));
    expect(tagged).toHaveLength(2);
    await expect(
      lines(exportProductKeysCsv({ actor: w.provider.owner, filter: { status: "sleeping" } })),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});
