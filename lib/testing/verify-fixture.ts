import { getDb } from "@/db/open";
import { productKeyProducts, productKeys, productKeySecrets } from "@/db/schema";
import { now } from "@/lib/clock";
import { makeOrganizationKey } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { generateProductKey } from "@/lib/product-keys/key-format";

type KeyValues = Partial<typeof productKeys.$inferInsert>;

/**
 * Verify tests' own data: a provider's catalog (lib/testing/subscription-factories.ts) with an
 * API key of the provider, and `issueKey`, which writes a product key and its secret straight
 * into the tables (the issuing domain is tested on its own) and answers the plaintext key.
 */
export async function makeVerifyFixture() {
  const catalog = await makeSubscriptionCatalog();
  const { key: providerApiKey } = await makeOrganizationKey(catalog.provider.organization.id);
  const db = await getDb();

  async function addSecret(productKeyId: string, values: { expiresOn?: Date; revokedOn?: Date } = {}) {
    const { key, prefix, secretHash } = generateProductKey();
    await db
      .insert(productKeySecrets)
      .values({ productKeyId, prefix, secretHash, createdBy: "test", ...values });
    return key;
  }

  async function issueKey(values: KeyValues = {}, productIds = [catalog.products.main.id]) {
    const [row] = await db
      .insert(productKeys)
      .values({
        providerOrganizationId: catalog.provider.organization.id,
        organizationId: catalog.customer.organization.id,
        ownerEmail: catalog.customer.user.email,
        firstName: "Test",
        lastName: "Owner",
        startsOn: now(),
        createdBy: "test",
        modifiedBy: "test",
        ...values,
      })
      .returning();
    if (productIds.length) {
      await db.insert(productKeyProducts).values(
        productIds.map((productId) => ({
          productKeyId: row!.id,
          productId,
          providerOrganizationId: row!.providerOrganizationId,
        })),
      );
    }
    return { id: row!.id, key: await addSecret(row!.id) };
  }

  return { ...catalog, providerApiKey, issueKey, addSecret };
}
