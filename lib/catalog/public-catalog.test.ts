import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { makeProvider } from "@/lib/testing/factories";
import { createPlan } from "./plans";
import { getProductImage } from "./product-image";
import { createProduct } from "./product-writes";
import { getPublicProduct, listPublicProducts } from "./public-catalog";

describe("public catalog", () => {
  it("shows visitors the listed products of providers that opened their catalog, and nothing else", async () => {
    const { owner, organization } = await makeProvider();
    const tag = `pub${Date.now()}`;
    const listed = await createProduct({
      actor: owner,
      input: { name: `${tag} listed`, productStatus: "PUBLISHED", publiclyAvailable: true },
    });
    const draft = await createProduct({
      actor: owner,
      input: { name: `${tag} draft`, publiclyAvailable: true },
    });
    await createPlan({ actor: owner, productId: listed.id, input: { name: "Open plan" } });

    expect(await listPublicProducts({ query: tag })).toEqual([]);
    await expect(getPublicProduct({ id: listed.id })).rejects.toMatchObject({ code: "not_found" });

    const db = await getDb();
    await db.update(organizations).set({ publicAccess: true }).where(eq(organizations.id, organization.id));
    expect((await listPublicProducts({ query: tag })).map((p) => p.id)).toEqual([listed.id]);
    const { plans } = await getPublicProduct({ id: listed.id });
    expect(plans.map((p) => p.name)).toEqual(["Open plan"]);
    await expect(getPublicProduct({ id: draft.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getProductImage({ actor: null, productId: draft.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
