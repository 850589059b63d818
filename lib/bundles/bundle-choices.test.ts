import { describe, expect, it } from "vitest";
import { deletePlan } from "@/lib/catalog/plans";
import { makeBundleWorld } from "@/lib/testing/bundle-factories";
import { bundleChoices } from "./bundle-choices";

describe("the request wizard's choices", () => {
  it("picks the provider of the product the customer came from, with its products, plans and the customer's contacts", async () => {
    const world = await makeBundleWorld();
    const choices = await bundleChoices({ actor: world.customer.owner, productId: world.products.keyed.id });
    expect(choices.provider?.id).toBe(world.provider.organization.id);
    expect(choices.providers.map((p) => p.id)).toContain(world.provider.organization.id);
    const byName = Object.fromEntries(choices.products.map((p) => [p.name, p]));
    expect(byName[world.products.keyed.name]).toMatchObject({
      accessExchangeType: "GENERATE_TOKEN",
      plans: expect.arrayContaining([
        expect.objectContaining({ id: world.plans.paid.id, terms: "paid", approvalRequired: true }),
        expect.objectContaining({ id: world.plans.trial.id, terms: "trial" }),
      ]),
    });
    expect(byName[world.products.manual.name]!.plans.map((p) => p.id)).toEqual([world.plans.feed.id]);
    expect(choices.contacts).toMatchObject([{ name: "Casey Contact", isDefault: true }]);
  });

  it("offers no deleted plan", async () => {
    const world = await makeBundleWorld();
    await deletePlan({
      actor: world.provider.owner,
      productId: world.products.keyed.id,
      planId: world.plans.trial.id,
    });
    const choices = await bundleChoices({ actor: world.customer.owner, productId: world.products.keyed.id });
    const keyed = choices.products.find((p) => p.id === world.products.keyed.id)!;
    expect(keyed.plans.map((p) => p.id)).toContain(world.plans.paid.id);
    expect(keyed.plans.map((p) => p.id)).not.toContain(world.plans.trial.id);
  });

  it("never offers an organization its own products, and ignores a provider id it cannot see", async () => {
    const world = await makeBundleWorld();
    const own = await bundleChoices({
      actor: world.provider.owner,
      providerId: world.provider.organization.id,
    });
    expect(own.providers.map((p) => p.id)).not.toContain(world.provider.organization.id);
    expect(own.provider).toBeNull();
    expect(own.products).toEqual([]);

    const stranger = await bundleChoices({
      actor: world.customer.owner,
      providerId: world.customer.organization.id,
    });
    expect(stranger.provider).toBeNull();
    expect(stranger.products).toEqual([]);

    // A hand-edited URL: not an id at all.
    const garbled = await bundleChoices({ actor: world.customer.owner, providerId: "not-an-id" });
    expect(garbled.provider).toBeNull();
  });
});
