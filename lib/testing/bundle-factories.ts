import type { PlanInput } from "@/lib/catalog/plan-schemas";
import { createPlan } from "@/lib/catalog/plans";
import { createProduct } from "@/lib/catalog/product-writes";
import { saveContact } from "@/lib/organizations/contacts";
import { addMember, makeOrganizationWithOwner, makeProvider, makeUser, userActor } from "./factories";

let counter = 0;

/**
 * A provider with an approver, two listed products — one whose access is a generated key
 * (a trial plan and a paid plan that needs approval), one handed over by hand (one plan) —
 * and a customer organization with an owner and a default contact.
 */
export async function makeBundleWorld() {
  const provider = await makeProvider();
  const approverUser = await makeUser();
  await addMember(provider.organization.id, approverUser.id, "approver");
  const approver = {
    ...userActor(approverUser.id, provider.organization.id, "approver"),
    label: approverUser.email,
  };
  const product = (name: string, accessExchangeType: "GENERATE_TOKEN" | "MANUAL_EXCHANGE") =>
    createProduct({
      actor: provider.owner,
      input: {
        name: `${name} ${++counter}`,
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
        accessExchangeType,
      },
    });
  const plan = (productId: string, input: Partial<PlanInput>) =>
    createPlan({ actor: provider.owner, productId, input: { name: `Plan ${++counter}`, ...input } });
  const keyed = await product("Keyed API", "GENERATE_TOKEN");
  const manual = await product("Manual data feed", "MANUAL_EXCHANGE");
  const trial = await plan(keyed.id, { terms: "trial", subscriptionPeriod: 14, approvalRequired: true });
  const paid = await plan(keyed.id, { terms: "paid", subscriptionPeriod: 30, approvalRequired: true });
  const feed = await plan(manual.id, { terms: "paid", approvalRequired: true });
  const customer = await makeOrganizationWithOwner();
  await saveContact({
    actor: customer.owner,
    organizationId: customer.organization.id,
    input: { name: "Casey Contact", email: `contact-${++counter}@customer.example`, isDefault: true },
  });
  return {
    provider,
    approver,
    approverUser,
    customer,
    products: { keyed, manual },
    plans: { trial, paid, feed },
  };
}

export type BundleWorld = Awaited<ReturnType<typeof makeBundleWorld>>;
