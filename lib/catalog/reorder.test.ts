import { describe, expect, it } from "vitest";
import { makeProvider } from "@/lib/testing/factories";
import { createProductGroup } from "./product-groups";
import { pageProducts } from "./product-reads";
import { createProduct } from "./product-writes";
import { reorder } from "./reorder";

describe("reordering the catalog", () => {
  it("puts a provider's products in the given order, in one go", async () => {
    const { owner } = await makeProvider();
    const group = await createProductGroup({ actor: owner, input: { name: "Ordered" } });
    const made = [];
    for (const name of ["Alpha", "Bravo", "Charlie"]) {
      made.push(
        await createProduct({ actor: owner, input: { name: `${name} item`, productGroupId: group.id } }),
      );
    }
    await reorder({
      actor: owner,
      kind: "products",
      input: { ids: [made[2]!.id, made[0]!.id, made[1]!.id] },
    });
    const listed = await pageProducts({
      actor: owner,
      filter: { productGroupId: group.id },
      page: { page: 0, size: 10 },
    });
    expect(listed.content.map((p) => p.name)).toEqual(["Charlie item", "Alpha item", "Bravo item"]);
    expect(listed.content.every((p) => p.changeSequence === 1)).toBe(true);
  });

  it("refuses another provider's items and duplicates, changing nothing", async () => {
    const mine = await makeProvider();
    const theirs = await makeProvider();
    const a = await createProduct({ actor: mine.owner, input: { name: "Mine one", order: 5 } });
    const b = await createProduct({ actor: theirs.owner, input: { name: "Theirs one", order: 7 } });
    await expect(
      reorder({ actor: mine.owner, kind: "products", input: { ids: [b.id, a.id] } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      reorder({ actor: mine.owner, kind: "products", input: { ids: [a.id, a.id] } }),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
    const after = await pageProducts({
      actor: mine.owner,
      filter: { query: "mine one" },
      page: { page: 0, size: 5 },
    });
    expect(after.content[0]!.order).toBe(5);
  });
});
