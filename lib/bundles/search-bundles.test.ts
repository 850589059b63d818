import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { createProduct } from "@/lib/catalog/product-writes";
import { makeBundleWorld } from "@/lib/testing/bundle-factories";
import { throughEachSearchStep } from "@/lib/testing/search-steps";
import { createBundle } from "./create-bundle";
import { searchBundles } from "./search-bundles";

const admin = systemActor();
const sorts = ["name asc", "name desc", "createdAt desc", "contractStatus asc", "requestedOn desc"];

/** Every page of size 2 in the sort, up to an empty one, each named by its bundles and the total. */
async function pagesOf(actor: typeof admin, input: Record<string, string>, sort = "name asc") {
  const pages: string[][] = [];
  for (let page = 0; pages.at(-1)?.length !== 0; page++) {
    const answer = await searchBundles({ actor, input: { ...input, sort, page: String(page), size: "2" } });
    pages.push(answer.content.map((b) => `${b.name} of ${answer.totalElements}`));
  }
  return pages;
}

/** `pagesOf` in each sort. */
async function pagesInEachSort(actor: typeof admin, input: Record<string, string>) {
  const pages: string[][][] = [];
  for (const sort of sorts) pages.push(await pagesOf(actor, input, sort));
  return pages;
}

describe("searching bundles", () => {
  it("answers a search's pages alike through each step (few matches, a walk of the sort, every match)", async () => {
    const tag = `steps${Date.now()}`;
    const [a, b] = [await makeBundleWorld(), await makeBundleWorld()];
    const db = await getDb();
    // B's provider is named with the tag: its bundles match by their provider's name.
    await db
      .update(organizations)
      .set({ name: `Provider ${tag.toUpperCase()}` })
      .where(eq(organizations.id, b.provider.organization.id));
    const tagged = await createProduct({
      actor: a.provider.owner,
      input: {
        name: `Feed ${tag}`,
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
        accessExchangeType: "MANUAL_EXCHANGE",
      },
    });
    const make = (world: typeof a, name: string, productIds: string[], description = "") =>
      createBundle({ actor: world.customer.owner, input: { name, description, productIds } });
    await make(a, `K ${tag}`, [a.products.keyed.id]);
    await make(a, "J plain", [a.products.keyed.id], `About ${tag}`);
    await make(a, "I plain", [tagged.id]);
    await make(a, `H ${tag}`, [tagged.id, a.products.manual.id]);
    await make(b, "G plain", [b.products.keyed.id]);
    await make(b, `F ${tag}`, [b.products.manual.id], tag);
    await make(a, "E plain", [a.products.keyed.id]);
    await make(b, "D plain", [b.products.manual.id]);

    const [few, walk, all] = await throughEachSearchStep(async () => ({
      admin: await pagesInEachSort(admin, { q: tag.toUpperCase() }),
      customer: await pagesInEachSort(a.customer.owner, { q: tag }),
      filtered: await pagesInEachSort(admin, { q: tag, filter: `providerId:${a.provider.organization.id}` }),
    }));
    expect(few.admin[0]).toEqual([
      [`D plain of 7`, `F ${tag} of 7`],
      [`G plain of 7`, `H ${tag} of 7`],
      [`I plain of 7`, `J plain of 7`],
      [`K ${tag} of 7`],
      [],
    ]);
    expect(few.customer[0]).toEqual([
      [`H ${tag} of 4`, `I plain of 4`],
      [`J plain of 4`, `K ${tag} of 4`],
      [],
    ]);
    expect(few.filtered[0]).toEqual(few.customer[0]);
    expect(walk).toEqual(few);
    expect(all).toEqual(few);
  });

  it("pages through every bundle in each sort, one page after another as in one long page", async () => {
    const world = await makeBundleWorld();
    for (const name of ["Beta", "alpha", "Gamma", "beta", "Delta"])
      await createBundle({
        actor: world.customer.owner,
        input: { name, productIds: [world.products.keyed.id] },
      });
    for (const sort of sorts) {
      const whole = await searchBundles({ actor: admin, input: { sort, size: "100" } });
      const paged = await pagesOf(admin, {}, sort);
      expect(paged.flat(), sort).toEqual(whole.content.map((b) => `${b.name} of ${whole.totalElements}`));
    }
  });
});
