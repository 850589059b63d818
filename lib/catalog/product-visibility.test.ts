import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";
import { pageProducts } from "./product-reads";
import { getProductVisibility } from "./product-visibility";
import { archiveProduct, createProduct } from "./product-writes";
import { getProduct } from "./product-reads";
import { summarizeVisibility, type VisibilityFacts } from "./visibility-summary";

const listedFacts: VisibilityFacts = {
  productStatus: "PUBLISHED",
  active: true,
  archived: false,
  publiclyAvailable: true,
  providerActive: true,
  providerPublicAccess: true,
  group: null,
};

describe("summarizeVisibility", () => {
  it("says a listed product of an open provider is seen by customers and visitors", () => {
    expect(summarizeVisibility(listedFacts)).toEqual({
      customers: true,
      visitors: true,
      missingForCustomers: [],
      missingAfterPublishing: [],
      missingForVisitors: [],
      inactiveGroup: null,
    });
  });

  it("lists every missing condition of a fresh draft, in order", () => {
    const summary = summarizeVisibility({
      ...listedFacts,
      productStatus: "DRAFT",
      publiclyAvailable: false,
      providerPublicAccess: false,
    });
    expect(summary.customers).toBe(false);
    expect(summary.missingForCustomers).toEqual(["published", "publiclyAvailable"]);
    expect(summary.missingAfterPublishing).toEqual(["publiclyAvailable"]);
    expect(summary.missingForVisitors).toEqual(["published", "publiclyAvailable", "providerPublicAccess"]);
  });

  it("names each condition on its own", () => {
    const cases: [Partial<VisibilityFacts>, string][] = [
      [{ active: false }, "active"],
      [{ archived: true }, "notArchived"],
      [{ providerActive: false }, "providerActive"],
    ];
    for (const [change, condition] of cases)
      expect(summarizeVisibility({ ...listedFacts, ...change }).missingForCustomers).toEqual([condition]);
  });

  it("lets customers see a product the public catalog does not show, and notes an inactive group", () => {
    const summary = summarizeVisibility({
      ...listedFacts,
      providerPublicAccess: false,
      group: { name: "Storage", active: false },
    });
    expect(summary).toMatchObject({ customers: true, visitors: false, inactiveGroup: "Storage" });
    expect(summary.missingForVisitors).toEqual(["providerPublicAccess"]);
  });
});

describe("getProductVisibility", () => {
  it("agrees with the catalogs' query for products in every state", async () => {
    const { owner, organization } = await makeProvider();
    const tag = `vis${Date.now()}`;
    const make = (name: string, input: Record<string, unknown>) =>
      createProduct({ actor: owner, input: { name: `${tag} ${name}`, ...input } });
    const made = [
      await make("listed", { productStatus: "PUBLISHED", publiclyAvailable: true }),
      await make("draft", { publiclyAvailable: true }),
      await make("private", { productStatus: "PUBLISHED" }),
      await make("inactive", { productStatus: "PUBLISHED", publiclyAvailable: true, active: false }),
      await make("archived", { productStatus: "PUBLISHED", publiclyAvailable: true }),
    ];
    await archiveProduct({
      actor: owner,
      id: made[4]!.id,
      input: { changeSequence: made[4]!.changeSequence, reason: "Retired" },
    });
    const listedIds = async () =>
      (
        await pageProducts({
          actor: owner,
          filter: { query: tag, providerOrganizationId: organization.id, listed: "true" },
          page: { page: 0, size: 50 },
        })
      ).content.map((p) => p.id);
    const shownByPanel = async () => {
      const shown: string[] = [];
      for (const { id } of made) {
        const visibility = await getProductVisibility({
          actor: owner,
          product: await getProduct({ actor: owner, id }),
        });
        if (visibility.customers) shown.push(id);
      }
      return shown;
    };
    expect(await listedIds()).toEqual([made[0]!.id]);
    expect(await shownByPanel()).toEqual([made[0]!.id]);

    // A suspended provider drops out of every catalog, and the panel says so.
    const db = await getDb();
    await db
      .update(organizations)
      .set({ organizationStatus: "suspended" })
      .where(eq(organizations.id, organization.id));
    expect(await listedIds()).toEqual([]);
    expect(await shownByPanel()).toEqual([]);
    const listed = await getProductVisibility({
      actor: owner,
      product: await getProduct({ actor: owner, id: made[0]!.id }),
    });
    expect(listed.missingForCustomers).toEqual(["providerActive"]);
  });

  it("answers only those who manage the product", async () => {
    const { owner } = await makeProvider();
    const product = await createProduct({ actor: owner, input: { name: `vis-other-${Date.now()}` } });
    const stranger = await makeOrganizationWithOwner();
    await expect(getProductVisibility({ actor: stranger.owner, product })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
