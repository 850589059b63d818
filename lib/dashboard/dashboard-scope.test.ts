import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import { setClock } from "@/lib/clock";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import { makeOrganizationWithOwner, makePlatformAdmin, makeProvider } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/actor";
import { recentActivity } from "./recent-activity";
import { recurringRevenue } from "./recurring-revenue";
import { subscriptionsByStatus } from "./subscriptions-by-status";
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
  return { provider: provider.owner, customer: customer.owner, name };
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
