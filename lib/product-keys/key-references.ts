import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { pricingRules, products, slaDefinitions, subscriptions, type Product } from "@/db/schema";
import { listed } from "@/lib/catalog/catalog-visibility";
import { AppError } from "@/lib/errors";

export const invalidField = (name: string, reason: string, detail: string) =>
  new AppError("invalid_input", detail, { invalidFields: [{ name, reason }] });

/**
 * The products a key is for: each must exist and be available to the owner organization —
 * listed in the catalog (catalog-visibility.ts), or the owner's own — and all must come from
 * one provider, who becomes the key's provider. Missing and unavailable read alike, so a
 * draft's id leaks nothing.
 */
export async function keyProducts(
  tx: Executor,
  productIds: string[],
  ownerOrganizationId: string,
): Promise<{ providerOrganizationId: string; products: Product[] }> {
  const ids = [...new Set(productIds)];
  const found = await tx
    .select()
    .from(products)
    .where(
      and(inArray(products.id, ids), or(listed, eq(products.providerOrganizationId, ownerOrganizationId))),
    );
  if (found.length !== ids.length) {
    throw invalidField(
      "productIds",
      "must name products available to the owner organization",
      "A product does not exist or is not available to the owner organization.",
    );
  }
  const providers = new Set(found.map((p) => p.providerOrganizationId));
  if (providers.size > 1) {
    throw invalidField(
      "productIds",
      "must all be products of one provider",
      "A product key is for the products of one provider.",
    );
  }
  return { providerOrganizationId: found[0]!.providerOrganizationId, products: found };
}

/** SLA definitions and pricing rules must be the provider's own (the catalog's, by id). */
export async function assertProviderTerms(
  tx: Executor,
  providerOrganizationId: string,
  { slaDefinitionIds = [], pricingRuleIds = [] }: { slaDefinitionIds?: string[]; pricingRuleIds?: string[] },
): Promise<void> {
  const checks = [
    { name: "slaDefinitionIds", table: slaDefinitions, ids: [...new Set(slaDefinitionIds)] },
    { name: "pricingRuleIds", table: pricingRules, ids: [...new Set(pricingRuleIds)] },
  ];
  for (const { name, table, ids } of checks) {
    if (!ids.length) continue;
    const found = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, ids), eq(table.providerOrganizationId, providerOrganizationId)));
    if (found.length !== ids.length) {
      throw invalidField(
        name,
        "must name the provider's own entries",
        `Every entry of ${name} must be the provider's.`,
      );
    }
  }
}

/** A linked subscription must be the owner organization's, to one of the key's products. */
export async function assertKeySubscription(
  tx: Executor,
  subscriptionId: string,
  ownerOrganizationId: string,
  productIds: string[],
): Promise<void> {
  const [found] = await tx
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.id, subscriptionId),
        eq(subscriptions.organizationId, ownerOrganizationId),
        inArray(subscriptions.productId, productIds),
      ),
    );
  if (!found) {
    throw invalidField(
      "subscriptionId",
      "must be the owner organization's subscription to one of the products",
      "The subscription is not the owner organization's, or not to one of the key's products.",
    );
  }
}
