import "server-only";
import { eq } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { plans, products, type Plan, type Product } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { platformProviderId } from "@/lib/catalog/platform-provider";
import { catalogSearchText } from "@/lib/catalog/present-catalog";
import { offeredPlans } from "../plan-terms";
import { AstraProblemError } from "./astra-problems";

/**
 * What an Astra account subscription subscribes to: the platform's "account product", offered
 * by the platform's own provider organization (slug `PLATFORM_PROVIDER_SLUG`). Both are
 * created on first use, with a trial and a paid plan carrying Astra's default terms; platform
 * admins may edit the plans afterwards (new versions), and new subscriptions copy the edits.
 * The product is published but not listed in the catalog, so an account subscribes through
 * the Astra API only — where one live account subscription per organization is enforced.
 */
export const accountProductId = "a5a5a5a5-0000-4000-8000-000000000001";
const trialPlanId = "a5a5a5a5-0000-4000-8000-000000000002";
const paidPlanId = "a5a5a5a5-0000-4000-8000-000000000003";

const plansOnCreation = [
  {
    planId: trialPlanId,
    name: "Trial",
    description: "30 days to try the platform, reminders from 7 days before the end, 15 days of grace.",
    terms: "trial" as const,
    subscriptionPeriod: 30,
    gracePeriod: 15,
    reminderBeforePeriod: 7,
    appLimit: 10,
    namespaceLimit: 5,
    costPerAppUnitMinor: 0,
    costPerNamespaceUnitMinor: 0,
  },
  {
    planId: paidPlanId,
    name: "Paid",
    description: "Unlimited, billed per application and namespace; 30 days of grace after cancelling.",
    terms: "paid" as const,
    subscriptionPeriod: -1,
    gracePeriod: 30,
    reminderBeforePeriod: -1,
    appLimit: -1,
    namespaceLimit: -1,
    costPerAppUnitMinor: 1999,
    costPerNamespaceUnitMinor: 499,
  },
];

async function createAccountProduct(tx: Transaction): Promise<void> {
  const providerOrganizationId = await platformProviderId(tx);
  const name = "Subdesk account";
  const description = "The platform account itself: what Astra account subscriptions subscribe to.";
  const [product] = await tx
    .insert(products)
    .values({
      id: accountProductId,
      providerOrganizationId,
      name,
      description,
      productStatus: "PUBLISHED",
      publiclyAvailable: false,
      searchText: catalogSearchText(name, description),
    })
    .onConflictDoNothing()
    .returning();
  if (!product) return;
  await tx
    .insert(plans)
    .values(
      plansOnCreation.map((plan) => ({
        ...plan,
        version: 1,
        productId: product.id,
        createdBy: "system",
        updatedBy: "system",
      })),
    )
    .onConflictDoNothing();
  await recordAuditEvent(tx, systemActor(), {
    action: "product.create",
    objectType: "product",
    objectId: product.id,
    organizationId: providerOrganizationId,
    after: { name, plans: plansOnCreation.map((plan) => plan.name) },
  });
}

/**
 * The account product, created (with its provider and plans) by the first call that needs it.
 * Called before a transaction opens: it may need one of its own.
 */
export async function ensureAccountProduct(): Promise<Product> {
  const db = await getDb();
  const find = async () => (await db.select().from(products).where(eq(products.id, accountProductId)))[0];
  const found = await find();
  if (found) return found;
  // Concurrent first calls insert once: the losers' inserts do nothing and they read the winner's rows.
  await db.transaction(createAccountProduct);
  return (await find())!;
}

/**
 * The account product's plan with these terms, as offered at `at`: what Astra's `terms` picks.
 * Should platform admins offer several, the first by name wins, so the choice is stable.
 */
export async function accountPlan(
  executor: Executor,
  product: Product,
  terms: "trial" | "paid",
  at: Date,
): Promise<Plan> {
  const [plan] = (await offeredPlans(executor, product.id, at))
    .filter((p) => p.terms === terms && !p.approvalRequired)
    .sort((a, b) => a.name.localeCompare(b.name) || a.planId.localeCompare(b.planId));
  if (!plan) {
    throw new AstraProblemError(9, [{ name: "terms", reason: `no ${terms} plan is offered for accounts` }]);
  }
  return plan;
}
