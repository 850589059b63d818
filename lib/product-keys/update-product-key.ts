import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { productKeyProducts, type ProductKey } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { assertKeySubscription, assertProviderTerms, invalidField, keyProducts } from "./key-references";
import { loadProductKey } from "./load-product-key";
import { updateProductKeySchema } from "./product-key-schemas";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";
import { assertNotRevoked, saveProductKey } from "./save-product-key";

/**
 * The provider (or a platform admin) changes a key's terms: only the fields sent change, null
 * clears an optional one, with create's rules (products of the same provider, its SLAs and
 * pricing rules, the owner's subscription). `changeSequence` must be the one read (stale → 409).
 */
export async function updateProductKey({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<ProductKeyView> {
  const { changeSequence, productIds, expiration, startDate, ...fields } = parseInput(
    updateProductKeySchema,
    input,
  );
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { productKey } = await loadProductKey(tx, actor, id, "manageKey");
    assertNotRevoked(productKey);
    const previousProducts = await productsOf(tx, id);
    const effectiveProducts = productIds
      ? await replaceProducts(tx, productKey, productIds)
      : previousProducts;
    await assertProviderTerms(tx, productKey.providerOrganizationId, {
      slaDefinitionIds: fields.slaDefinitionIds,
      pricingRuleIds: fields.pricingRuleIds,
    });
    // A linked subscription must still fit when the products change.
    const subscriptionId =
      fields.subscriptionId === undefined ? productKey.subscriptionId : fields.subscriptionId;
    if (subscriptionId && (fields.subscriptionId || productIds)) {
      await assertKeySubscription(tx, subscriptionId, productKey.organizationId, effectiveProducts);
    }
    const values = Object.fromEntries(
      Object.entries({ ...fields, startsOn: startDate, expiresOn: expiration }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const startsOn = startDate ?? productKey.startsOn;
    const expiresOn = expiration === undefined ? productKey.expiresOn : expiration;
    if (expiresOn && expiresOn.getTime() <= startsOn.getTime()) {
      throw invalidField(
        "expiration",
        "must be after the start date",
        "A key cannot expire before it starts.",
      );
    }
    const before = Object.fromEntries(
      Object.keys(values).map((name) => [name, productKey[name as keyof ProductKey]]),
    );
    const saved = await saveProductKey(tx, actor, productKey, {
      action: "update",
      values,
      changeSequence,
      audit: {
        before: productIds ? { ...before, productIds: previousProducts } : before,
        after: productIds ? { ...values, productIds } : values,
      },
    });
    return (await presentProductKeys(tx, [saved]))[0]!;
  });
}

async function productsOf(tx: Executor, productKeyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: productKeyProducts.productId })
    .from(productKeyProducts)
    .where(eq(productKeyProducts.productKeyId, productKeyId));
  return rows.map((r) => r.id);
}

/** New products must be available to the owner and of the key's provider (a key never changes provider). */
async function replaceProducts(
  tx: Executor,
  productKey: ProductKey,
  productIds: string[],
): Promise<string[]> {
  const { providerOrganizationId, products } = await keyProducts(tx, productIds, productKey.organizationId);
  if (providerOrganizationId !== productKey.providerOrganizationId) {
    throw invalidField(
      "productIds",
      "must be products of the key's provider",
      "A key stays with its provider.",
    );
  }
  await tx.delete(productKeyProducts).where(eq(productKeyProducts.productKeyId, productKey.id));
  await tx
    .insert(productKeyProducts)
    .values(products.map((p) => ({ productKeyId: productKey.id, productId: p.id, providerOrganizationId })));
  return products.map((p) => p.id);
}
