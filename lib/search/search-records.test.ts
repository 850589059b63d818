import { describe, expect, it } from "vitest";
import { makeOrganizationWithOwner } from "@/lib/testing/factories";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import { searchRecords } from "./search-records";

const found = async (actor: Parameters<typeof searchRecords>[0]["actor"], query: string) =>
  (await searchRecords({ actor, input: { query } })).map((hit) => `${hit.kind}:${hit.id}`);

describe("the command palette's search, scoped like the lists", () => {
  it("finds a customer's own subscriptions and organization, never another customer's", async () => {
    const { customer, provider, products, plans, subscribe } = await makeSubscriptionCatalog();
    const mine = await subscribe();
    const other = await makeOrganizationWithOwner();
    const theirs = await createSubscription({
      actor: other.owner,
      input: { productId: products.main.id, planId: plans.paid.id },
    });

    const byProduct = await found(customer.owner, products.main.name);
    expect(byProduct).toContain(`subscription:${mine.id}`);
    expect(byProduct).not.toContain(`subscription:${theirs.id}`);
    expect(await found(customer.owner, String(theirs.number))).not.toContain(`subscription:${theirs.id}`);
    expect(await found(customer.owner, other.organization.name)).toEqual([]);
    expect(await found(customer.owner, customer.organization.name)).toContain(
      `organization:${customer.organization.id}`,
    );

    // The provider sells to both, so it finds both.
    expect(await found(provider.owner, products.main.name)).toEqual(
      expect.arrayContaining([`subscription:${mine.id}`, `subscription:${theirs.id}`]),
    );
  });

  it("finds a customer's own keys by prefix, not another's, and no provider's draft product", async () => {
    const { customer, provider, products, issue } = await makeKeyCatalog();
    const own = await issue();
    const other = await makeOrganizationWithOwner();
    const foreign = await issue({
      organizationId: other.organization.id,
      email: other.user.email,
    });
    const prefix = (k: typeof own) => k.productKey.prefix!;

    expect(await found(customer.owner, prefix(own))).toContain(`productKey:${own.productKey.id}`);
    expect(await found(customer.owner, prefix(foreign))).not.toContain(`productKey:${foreign.productKey.id}`);
    expect(await found(other.owner, prefix(foreign))).toContain(`productKey:${foreign.productKey.id}`);

    expect(await found(customer.owner, products.draft.name)).not.toContain(`product:${products.draft.id}`);
    expect(await found(provider.owner, products.draft.name)).toContain(`product:${products.draft.id}`);
    expect(await found(customer.owner, products.main.name)).toContain(`product:${products.main.id}`);
  });
});
