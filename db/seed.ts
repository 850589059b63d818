import { eq } from "drizzle-orm";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { refreshDashboardSummaries } from "@/lib/dashboard/summary/refresh-summaries";
import { insertOrganization } from "@/lib/organizations/create-organization";
import { insertUser } from "@/lib/users/create-user";
import { demoAccounts, demoPassword, demoSignIns, type DemoSignIn } from "@/lib/demo-accounts";
import type { Database } from "./client";
import { memberships, users, type MembershipRole } from "./schema";
import { seedBundles } from "./seed-bundles";
import { seedCatalog } from "./seed-catalog";
import { seedProductKeys } from "./seed-product-keys";
import { seedSubscriptions } from "./seed-subscriptions";

const demoOrganizations = {
  provider: { slug: "northwind", name: "Northwind Cloud", provider: true },
  customer: { slug: "acme", name: "Acme Corporation", provider: false },
} as const;

export interface SeedResult {
  created: boolean;
  accounts: readonly DemoSignIn[];
}

/**
 * Creates the demo: a platform admin, a provider organization with its owner and its catalog
 * (db/seed-catalog.ts), and a customer organization with an owner, a member and subscriptions
 * in every state (db/seed-subscriptions.ts), and its bundle requests to Northwind in every state,
 * decided by Northwind's approver (db/seed-bundles.ts). Runs once; a database that already has the demo
 * admin is left alone. The catalog and subscriptions are made by the domain functions, which
 * open their own transactions on the process-wide database (`db` is that one).
 */
export async function seed(db: Database): Promise<SeedResult> {
  const accounts = demoSignIns;

  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccounts.platformAdmin.email));
  if (existing) return { created: false, accounts };

  const actor = systemActor();
  const { provider, customer } = await db.transaction(async (tx) => {
    const user = (account: { email: string; name: string }, platformAdmin = false) =>
      insertUser(tx, actor, { ...account, password: demoPassword, platformAdmin }, { emailVerified: true });
    const organization = (values: (typeof demoOrganizations)[keyof typeof demoOrganizations]) =>
      insertOrganization(tx, actor, values);
    const member = async (organizationId: string, userId: string, role: MembershipRole) => {
      const [row] = await tx.insert(memberships).values({ organizationId, userId, role }).returning();
      await recordAuditEvent(tx, actor, {
        action: "membership.create",
        objectType: "membership",
        objectId: row!.id,
        organizationId,
        after: row,
      });
    };

    await user(demoAccounts.platformAdmin, true);
    const provider = await organization(demoOrganizations.provider);
    const customer = await organization(demoOrganizations.customer);
    await member(provider.id, (await user(demoAccounts.providerOwner)).id, "owner");
    await member(provider.id, (await user(demoAccounts.providerApprover)).id, "approver");
    await member(customer.id, (await user(demoAccounts.customerOwner)).id, "owner");
    await member(customer.id, (await user(demoAccounts.customerMember)).id, "member");
    return { provider, customer };
  });
  const catalog = await seedCatalog(provider.id);
  await seedSubscriptions(customer.id, catalog);
  await seedProductKeys(db, customer.id, catalog, {
    email: demoAccounts.customerOwner.email,
    firstName: "Olivia",
    lastName: "Owner",
    company: demoOrganizations.customer.name,
  });
  await seedBundles({
    customerId: customer.id,
    providerId: provider.id,
    catalog,
    requester: demoAccounts.customerOwner.email,
    approver: demoAccounts.providerApprover.email,
  });
  // The first dashboard shows the story's figures without waiting for the summary's schedule.
  await refreshDashboardSummaries({ db });
  return { created: true, accounts };
}
