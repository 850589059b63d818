import { describe, expect, it } from "vitest";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import { makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";
import { recurringRevenue } from "./recurring-revenue";
import { subscriptionFigures } from "./subscription-figures";
import { refreshDashboardSummaries } from "./summary/refresh-summaries";

describe("recurring revenue counts what each subscription's terms license per month", () => {
  it("yearly plans a twelfth, unlimited limits nothing, never-renewing plans nothing, quantities multiply", async () => {
    const provider = await makeProvider();
    const customer = await makeOrganizationWithOwner();
    const product = await createProduct({
      actor: provider.owner,
      input: {
        name: "Terms Lab",
        currency: "GBP",
        hasQuantity: true,
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
      },
    });
    const subscribe = async (plan: object, quantity = 1) => {
      const { id } = await createPlan({
        actor: provider.owner,
        productId: product.id,
        input: { name: `Plan ${Math.random()}`, ...plan },
      });
      await createSubscription({
        actor: customer.owner,
        input: { productId: product.id, planId: id, quantity },
      });
    };
    // 3 × (2 apps × £10 + 4 namespaces × £0.50) every 30 days: £66.00 a month.
    await subscribe(
      {
        subscriptionPeriod: 30,
        appLimit: 2,
        costPerAppUnit: 10,
        namespaceLimit: 4,
        costPerNamespaceUnit: 0.5,
      },
      3,
    );
    // 12 apps × £10 a year: £10.00 a month.
    await subscribe({ subscriptionPeriod: 365, appLimit: 12, costPerAppUnit: 10 });
    // Unlimited apps license no counted units; a period of -1 never renews.
    await subscribe({ subscriptionPeriod: 30, appLimit: -1, costPerAppUnit: 10 });
    await subscribe({ subscriptionPeriod: -1, appLimit: 5, costPerAppUnit: 10 });
    // 1 app × £1 every 7 days: 100p × 30/7 = 428.57p a month, rounded once.
    await subscribe({ subscriptionPeriod: 7, appLimit: 1, costPerAppUnit: 1 });

    const expected = [
      {
        currency: "GBP",
        mrrMinor: 6_600 + 1_000 + 429,
        arrMinor: Math.round((6_600 + 1_000 + 3_000 / 7) * 12),
        subscriptions: 5,
      },
    ];
    expect(await recurringRevenue({ actor: customer.owner })).toEqual(expected);

    // The provider's kept row sums per organization with the same expression, rounded once too.
    await refreshDashboardSummaries();
    const kept = await subscriptionFigures({ actor: provider.owner });
    expect(kept.asOf).not.toBeNull();
    expect(kept.revenue).toEqual(expected);
  });
});
