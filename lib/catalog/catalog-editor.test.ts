import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { products } from "@/db/schema";
import {
  addMember,
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeProvider,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { compatibleProductChoices, exportEditorProductsCsv, pageEditorProducts } from "./catalog-editor";

/** Products inserted directly: these tests are about which ones are offered, not how they are made. */
async function insertProducts(providerOrganizationId: string, names: string[], listed = false) {
  const db = await getDb();
  return db
    .insert(products)
    .values(
      names.map((name) => ({
        providerOrganizationId,
        name,
        ...(listed ? { productStatus: "PUBLISHED" as const, publiclyAvailable: true } : {}),
      })),
    )
    .returning();
}

async function csv(lines: AsyncGenerator<string>) {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

const page = { page: 0, size: 50 };

describe("the catalog editor's products", () => {
  it("are the provider's own, whatever provider the filter names; platform admins choose any", async () => {
    const mine = await makeProvider();
    const other = await makeProvider();
    const [own] = await insertProducts(mine.organization.id, ["Own draft"]);
    // Listed, so every actor may see it: only the editor's scope keeps it off this provider's list.
    const [theirs] = await insertProducts(other.organization.id, ["Their listed product"], true);

    const asked = { providerOrganizationId: other.organization.id };
    const listedForOwner = await pageEditorProducts({ actor: mine.owner, filter: asked, page });
    expect(listedForOwner.content.map((p) => p.id)).toEqual([own!.id]);
    const exported = await csv(exportEditorProductsCsv({ actor: mine.owner, filter: asked }));
    expect(exported).toContain("Own draft");
    expect(exported).not.toContain("Their listed product");

    const admin = await makePlatformAdmin();
    const listedForAdmin = await pageEditorProducts({ actor: admin, filter: asked, page });
    expect(listedForAdmin.content.map((p) => p.id)).toEqual([theirs!.id]);
  });

  it("are refused to members who do not run the catalog, export included", async () => {
    const { organization } = await makeProvider();
    const member = await makeUser();
    await addMember(organization.id, member.id, "member");
    const actor = userActor(member.id, organization.id, "member");
    await expect(pageEditorProducts({ actor, filter: {}, page })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(csv(exportEditorProductsCsv({ actor, filter: {} }))).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("are refused to a customer organization's owner: only providers run a catalog", async () => {
    const { owner } = await makeOrganizationWithOwner();
    await expect(pageEditorProducts({ actor: owner, filter: {}, page })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("compatible-product choices", () => {
  it("offer every other product of the provider, past any page size, and nothing of another provider", async () => {
    const { organization, owner } = await makeProvider();
    const other = await makeProvider();
    const names = Array.from({ length: 230 }, (_, i) => `Sibling ${String(i).padStart(3, "0")}`);
    const [product, ...siblings] = await insertProducts(organization.id, names);
    await insertProducts(other.organization.id, ["Someone else's"], true);

    const choices = await compatibleProductChoices({ actor: owner, productId: product!.id });
    expect(choices).toHaveLength(siblings.length);
    expect(choices.map((c) => c.id).sort()).toEqual(siblings.map((s) => s.id).sort());
    expect(choices[0]!.name).toBe("Sibling 001");
  });

  it("are for the product's provider only", async () => {
    const { organization } = await makeProvider();
    const outsider = await makeProvider();
    const [product] = await insertProducts(organization.id, ["Listed"], true);
    await expect(
      compatibleProductChoices({ actor: outsider.owner, productId: product!.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
