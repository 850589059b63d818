import { createPricingRule } from "@/lib/catalog/pricing-rules";
import { createProduct } from "@/lib/catalog/product-writes";
import type { ProductInput } from "@/lib/catalog/schemas";
import { createSlaDefinition } from "@/lib/catalog/sla-definitions";
import { createProductKey } from "@/lib/product-keys/create-product-key";
import type { CreateProductKeyInput } from "@/lib/product-keys/product-key-schemas";
import { makeOrganizationWithOwner, makeProvider } from "./factories";

let counter = 0;

/**
 * A provider with two listed products, a draft, an SLA definition and a pricing rule; a second
 * provider with its own listed product, SLA and rule; and a customer. `issue` creates a key for
 * the customer as the provider's owner, with whatever the test overrides.
 */
export async function makeKeyCatalog() {
  const provider = await makeProvider();
  const rival = await makeProvider();
  const product = (owner: typeof provider, input: Partial<ProductInput> = {}) =>
    createProduct({
      actor: owner.owner,
      input: { name: `Keyed ${++counter}`, productStatus: "PUBLISHED", publiclyAvailable: true, ...input },
    });
  const terms = async (owner: typeof provider) => ({
    sla: await createSlaDefinition({
      actor: owner.owner,
      input: { name: `SLA ${++counter}`, uptimePercent: "99.9" },
    }),
    rule: await createPricingRule({
      actor: owner.owner,
      input: { name: `Rule ${++counter}`, ruleType: "FLAT", parameters: { amount: "10.00" } },
    }),
  });
  const products = {
    main: await product(provider),
    second: await product(provider),
    draft: await product(provider, { productStatus: "DRAFT" }),
    rivals: await product(rival),
  };
  const customer = await makeOrganizationWithOwner();
  const keyInput = (input: Partial<CreateProductKeyInput> = {}): CreateProductKeyInput => ({
    organizationId: customer.organization.id,
    productIds: [products.main.id],
    email: customer.user.email,
    firstName: "Ada",
    lastName: "Lovelace",
    ...input,
  });
  const issue = (input: Partial<CreateProductKeyInput> = {}) =>
    createProductKey({ actor: provider.owner, input: keyInput(input) });
  return {
    provider,
    rival,
    customer,
    products,
    providerTerms: await terms(provider),
    rivalTerms: await terms(rival),
    keyInput,
    issue,
  };
}
