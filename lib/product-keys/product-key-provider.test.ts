import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { productKeyProducts, productKeys } from "@/db/schema";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";
import { writeRefusal } from "@/lib/testing/write-refusal";

describe("a product key's provider", () => {
  it("is each of its products' provider, as the database keeps it: no write can make them differ", async () => {
    const ours = await makeVerifyFixture();
    const rival = await makeSubscriptionCatalog();
    const { id } = await ours.issueKey();
    const db = await getDb();
    const addProduct = (productId: string, providerOrganizationId: string) =>
      db.insert(productKeyProducts).values({ productKeyId: id, productId, providerOrganizationId });

    // A rival's product, whichever provider the row claims.
    expect(await writeRefusal(addProduct(rival.products.main.id, ours.provider.organization.id))).toContain(
      "product_key_products_product_provider_fk",
    );
    expect(await writeRefusal(addProduct(rival.products.main.id, rival.provider.organization.id))).toContain(
      "product_key_products_key_provider_fk",
    );
    // The key itself cannot move to another provider under its products.
    expect(
      await writeRefusal(
        db
          .update(productKeys)
          .set({ providerOrganizationId: rival.provider.organization.id })
          .where(eq(productKeys.id, id)),
      ),
    ).toContain("product_key_products_key_provider_fk");
    // Another product of its own provider is fine, and deleting the key takes its products along.
    expect(await writeRefusal(addProduct(ours.products.other.id, ours.provider.organization.id))).toBe(
      "written",
    );
    await db.delete(productKeys).where(eq(productKeys.id, id));
    expect(await db.select().from(productKeyProducts).where(eq(productKeyProducts.productKeyId, id))).toEqual(
      [],
    );
  });
});
