import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import { setClock } from "@/lib/clock";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import {
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeProvider,
  userActor,
} from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/actor";
import { recentActivity } from "./recent-activity";
import { recurringRevenue } from "./recurring-revenue";
import { subscriptionFigures } from "./subscription-figures";
import { subscriptionMovement } from "./subscription-movement";
import { subscriptionsByStatus } from "./subscriptions-by-status";
import { refreshDashboardSummaries } from "./summary/refresh-summaries";
import { trialsEnding } from "./trials-ending";

const today = Date.UTC(2026, 2, 10, 9);
const dayMs = 86_400_000;

/**
 * Two providers, each with a customer: one sells in US dollars, the other in euros. Each
 * customer holds one paid subscription and one trial ending in four days, so any figure that
 * leaked across providers or customers would count the other's.
 */
async function market(name: string, currency: "USD" | "EUR", costPerAppUnit: number) {
  const provider = await makeProvider();
  const customer = await makeOrganizationWithOwner();
  const product = await createProduct({
    actor: provider.owner,
    input: { name, currency, productStatus: "PUBLISHED", publiclyAvailable: true },
  });
  const plan = (input: object) =>
    createPlan({ actor: provider.owner, productId: product.id, input: { name: `${name} plan`, ...input } });
  const paid = await plan({ subscriptionPeriod: 30, appLimit: 4, costPerAppUnit });
  const trial = await plan({ name: `${name} trial`, terms: "trial", subscriptionPeriod: 14 });
  const subscribe = (planId: string) =>
    createSubscription({ actor: customer.owner, input: { productId: product.id, planId } });
  await subscribe(paid.id);
  setClock(today - 10 * dayMs);
  await subscribe(trial.id);
  setClock(today);
  return {
    provider: provider.owner,
    customer: customer.owner,
    name,
    productId: product.id,
    paidPlanId: paid.id,
  };
}

let north: Awaited<ReturnType<typeof market>>;
let south: Awaited<ReturnType<typeof market>>;
let admin: Actor;

beforeAll(async () => {
  setClock(today);
  north = await market("North Storage", "USD", 10);
  south = await market("South Compute", "EUR", 2.5);
  admin = await makePlatformAdmin();
});

describe("each dashboard counts only what its actor may list", () => {
  it("MRR by currency: each provider and customer its own, the platform admin both", async () => {
    const usd = { currency: "USD", mrrMinor: 4_000, arrMinor: 48_000, subscriptions: 1 };
    const eur = { currency: "EUR", mrrMinor: 1_000, arrMinor: 12_000, subscriptions: 1 };
    expect(await recurringRevenue({ actor: north.provider })).toEqual([usd]);
    expect(await recurringRevenue({ actor: north.customer })).toEqual([usd]);
    expect(await recurringRevenue({ actor: south.provider })).toEqual([eur]);
    expect(await recurringRevenue({ actor: admin })).toEqual([eur, usd]);
  });

  it("statuses and trials ending: the other provider's subscriptions are not counted", async () => {
    const count = async (actor: Actor) =>
      Object.fromEntries((await subscriptionsByStatus({ actor })).map((s) => [s.status, s.count]));
    expect(await count(north.provider)).toMatchObject({ active: 1, trialing: 1 });
    expect(await count(admin)).toMatchObject({ active: 2, trialing: 2 });
    expect((await trialsEnding({ actor: north.provider })).map((t) => [t.productName, t.daysLeft])).toEqual([
      ["North Storage", 4],
    ]);
    expect((await trialsEnding({ actor: admin })).map((t) => t.productName).sort()).toEqual([
      "North Storage",
      "South Compute",
    ]);
  });

  it("recent activity: a provider reads its customer's subscribing, never the other provider's", async () => {
    const sentences = (await recentActivity({ actor: north.provider, limit: 50 })).map((a) => a.sentence);
    expect(sentences.some((s) => s.includes("to North Storage"))).toBe(true);
    expect(sentences.some((s) => s.includes("South Compute"))).toBe(false);
    const customers = (await recentActivity({ actor: south.customer, limit: 50 })).map((a) => a.sentence);
    expect(customers.some((s) => s.includes("North Storage"))).toBe(false);
  });
});

/** What the dashboard would count for the actor right now, figure by figure. */
const counted = async (actor: Actor) => ({
  revenue: await recurringRevenue({ actor }),
  byStatus: await subscriptionsByStatus({ actor }),
  movement: await subscriptionMovement({ actor }),
});

describe("the kept summary answers each actor exactly what counting would", () => {
  let west: Actor;

  beforeAll(async () => {
    // A provider that also buys: West holds a paid subscription to North's product, so its staff
    // list what it holds as well as what it sells, and North's list counts West as a customer.
    west = (await makeProvider()).owner;
    await createSubscription({
      actor: west,
      input: { productId: north.productId, planId: north.paidPlanId },
    });
    await refreshDashboardSummaries();
  });

  it("the platform admin and each provider read their own row, equal to their live figures", async () => {
    for (const actor of [admin, north.provider, south.provider, west]) {
      expect(await subscriptionFigures({ actor })).toEqual({
        ...(await counted(actor)),
        asOf: new Date(today),
      });
    }
  });

  it("a provider's row counts what it sells and what it holds, never another provider's", async () => {
    const usd = (subscriptions: number) => ({
      currency: "USD",
      mrrMinor: 4_000 * subscriptions,
      arrMinor: 48_000 * subscriptions,
      subscriptions,
    });
    expect((await subscriptionFigures({ actor: north.provider })).revenue).toEqual([usd(2)]);
    expect((await subscriptionFigures({ actor: west })).revenue).toEqual([usd(1)]);
    expect((await subscriptionFigures({ actor: south.provider })).revenue).toEqual([
      { currency: "EUR", mrrMinor: 1_000, arrMinor: 12_000, subscriptions: 1 },
    ]);
  });

  it("a customer, and anyone outside an organization, is counted live: no provider's row answers them", async () => {
    const customer = await subscriptionFigures({ actor: north.customer });
    expect(customer).toEqual({ ...(await counted(north.customer)), asOf: null });
    expect(customer.byStatus.find((s) => s.status === "active")?.count).toBe(1);

    // An actor naming North's organization without a role in it may list nothing: North's row is
    // not read for it, and every figure is zero.
    const stranger = userActor(crypto.randomUUID(), north.provider.organizationId, null);
    const nothing = await subscriptionFigures({ actor: stranger });
    expect(nothing.asOf).toBeNull();
    expect(nothing.revenue).toEqual([]);
    expect(nothing.byStatus.every((s) => s.count === 0)).toBe(true);
  });
});
