import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import { setClock } from "@/lib/clock";
import { makePlatformAdmin } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { cancelSubscription, endSubscription } from "./cancel-subscription";
import { ownSubscriptionRows } from "./own-subscriptions";
import { subscribeOffer } from "./subscribe-offer";
import { subscriptionControls } from "./subscription-controls";

const start = new Date("2032-03-01T00:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

describe("what the portal's product page offers", () => {
  it("offers the plans valid today, directly or through an approver, to the customer's owners", async () => {
    const { customer, provider, products, plans } = await makeSubscriptionCatalog();
    const later = await createPlan({
      actor: provider.owner,
      productId: products.main.id,
      input: { name: "Next year", validity: { validFrom: "2033-01-01T00:00:00Z" } },
    });
    const offer = await subscribeOffer({ actor: customer.owner, productId: products.main.id });
    expect(offer).toEqual({
      refusal: null,
      hasQuantity: true,
      plans: { [plans.trial.id]: "direct", [plans.paid.id]: "direct", [plans.approval.id]: "approval" },
    });
    expect(offer.plans[later.id]).toBeUndefined();
  });

  it("says why a member, someone outside any organization, or an unverified owner may not subscribe", async () => {
    const { customer, products } = await makeSubscriptionCatalog();
    const refusal = async (actor: typeof customer.owner) =>
      (await subscribeOffer({ actor, productId: products.main.id })).refusal;
    expect(await refusal({ ...customer.owner, role: "member" })).toMatch(/Only owners and admins/);
    expect(await refusal(await makePlatformAdmin())).toMatch(/needs an organization/);
    expect(await refusal({ ...customer.owner, emailVerified: false })).toMatch(/Verify your email/);
  });

  it("offers nothing on a draft, even to its provider who can see it", async () => {
    const { provider } = await makeSubscriptionCatalog();
    const draft = await createProduct({ actor: provider.owner, input: { name: "Draft product" } });
    await createPlan({ actor: provider.owner, productId: draft.id, input: { name: "Draft plan" } });
    expect((await subscribeOffer({ actor: provider.owner, productId: draft.id })).plans).toEqual({});
  });
});

describe("the controls a subscription's page shows", () => {
  it("gives owners quantity, plan and both cancellations on a running paid period", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const controls = await subscriptionControls({ actor: customer.owner, subscription: await subscribe() });
    expect(controls).toMatchObject({ changeQuantity: true, changePlan: true, cancel: { atPeriodEnd: true } });
    expect(controls.withdraw).toEqual(expect.arrayContaining(["plan", "quantity", "cancel", "pause"]));
    expect(controls.withdraw).not.toContain("barring");
  });

  it("shows members nothing to change and nothing to withdraw", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const subscription = await subscribe();
    expect(
      await subscriptionControls({ actor: { ...customer.owner, role: "member" }, subscription }),
    ).toEqual({ changeQuantity: false, changePlan: false, cancel: null, withdraw: [] });
  });

  it("follows the subscription: no quantity without hasQuantity, no period end without one, one cancellation, nothing once ended", async () => {
    const { customer, products, plans, subscribe } = await makeSubscriptionCatalog();
    const unlimited = await subscribe({ productId: products.other.id, planId: plans.otherPaid.id });
    expect(await subscriptionControls({ actor: customer.owner, subscription: unlimited })).toMatchObject({
      changeQuantity: false,
      cancel: { atPeriodEnd: false },
    });
    const sub = await subscribe();
    const { subscription: cancelling } = await cancelSubscription({
      actor: customer.owner,
      id: sub.id,
      input: { when: "at_period_end" },
    });
    expect(await subscriptionControls({ actor: customer.owner, subscription: cancelling })).toMatchObject({
      changeQuantity: true,
      cancel: null,
    });
    const ended = await endSubscription({ actor: customer.owner, id: sub.id });
    expect(await subscriptionControls({ actor: customer.owner, subscription: ended })).toMatchObject({
      changeQuantity: false,
      changePlan: false,
      cancel: null,
    });
  });

  it("lets the provider's owner withdraw barrings too", async () => {
    const { provider, subscribe } = await makeSubscriptionCatalog();
    const controls = await subscriptionControls({ actor: provider.owner, subscription: await subscribe() });
    expect(controls.withdraw).toContain("barring");
  });
});

describe("my subscriptions", () => {
  it("lists what the organization subscribes to, not what it provides, and nothing outside an organization", async () => {
    const { customer, provider, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    const own = await ownSubscriptionRows({ actor: customer.owner });
    expect(own.items.map((r) => r.id)).toEqual([sub.id]);
    expect(own.total).toEqual({ count: 1, capped: false });
    expect((await ownSubscriptionRows({ actor: provider.owner })).items).toEqual([]);
    expect(await ownSubscriptionRows({ actor: await makePlatformAdmin() })).toEqual({
      items: [],
      nextCursor: null,
      total: { count: 0, capped: false },
    });
  });
});
