import type { PlanInput } from "@/lib/catalog/plan-schemas";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import type { ProductInput } from "@/lib/catalog/schemas";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import type { CreateSubscriptionInput } from "@/lib/subscriptions/subscription-schemas";
import { makeOrganizationWithOwner, makeProvider } from "./factories";

let counter = 0;

/**
 * A provider's catalog for subscription tests: a product sold by quantity with a 14-day trial
 * plan (reminder 3 days ahead, 7 days' grace), a 30-day paid plan and a plan that needs
 * approval; a compatible product with its one paid plan; an incompatible product; and a customer.
 */
export async function makeSubscriptionCatalog() {
  const provider = await makeProvider();
  const product = (input: Partial<ProductInput>) =>
    createProduct({
      actor: provider.owner,
      input: { name: `Product ${++counter}`, productStatus: "PUBLISHED", publiclyAvailable: true, ...input },
    });
  const plan = (productId: string, input: Partial<PlanInput>) =>
    createPlan({ actor: provider.owner, productId, input: { name: `Plan ${++counter}`, ...input } });
  const other = await product({});
  const upgrade = await product({ hasQuantity: true });
  const main = await product({ hasQuantity: true, compatibleProductIds: [upgrade.id] });
  const trial = await plan(main.id, {
    terms: "trial",
    subscriptionPeriod: 14,
    reminderBeforePeriod: 3,
    gracePeriod: 7,
  });
  const paid = await plan(main.id, { terms: "paid", subscriptionPeriod: 30, gracePeriod: 5, appLimit: 10 });
  const approval = await plan(main.id, { terms: "paid", subscriptionPeriod: 30, approvalRequired: true });
  const upgradePaid = await plan(upgrade.id, { terms: "paid", subscriptionPeriod: 365, appLimit: 100 });
  const otherPaid = await plan(other.id, { terms: "paid" });
  const customer = await makeOrganizationWithOwner();
  const subscribe = (input: Partial<CreateSubscriptionInput> = {}) =>
    createSubscription({ actor: customer.owner, input: { productId: main.id, planId: paid.id, ...input } });
  return {
    provider,
    customer,
    products: { main, upgrade, other },
    plans: { trial, paid, approval, upgradePaid, otherPaid },
    subscribe,
  };
}
