import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { createBundle, decidePlans, startProcessing, submitBundle } from "@/lib/bundles";
import { nowMs, pinnedClock, setClock } from "@/lib/clock";
import { getDb } from "./open";
import { memberships, users } from "./schema";
import type { DemoCatalog } from "./seed-catalog";

const dayMs = 86_400_000;

/** A demo user acting in one organization with their membership's role, as a session would. */
async function memberActor(email: string, organizationId: string): Promise<Actor> {
  const db = await getDb();
  const [row] = await db
    .select({ userId: users.id, role: memberships.role })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, email), eq(memberships.organizationId, organizationId)));
  return {
    kind: "user",
    userId: row!.userId,
    apiKeyId: null,
    label: email,
    platformAdmin: false,
    organizationId,
    role: row!.role,
    organizationStatus: "active",
    emailVerified: true,
    correlationId: null,
  };
}

/**
 * Acme's requests to Northwind, so the approver's queue and the customer's requests are not
 * empty on first run: one just requested, one in progress, one approved (its product key
 * waits to be shown once) with a plan rejected beside it, and one rejected with its reason.
 * Acme's owner drafts and sends them and Northwind's approver decides, through the bundle
 * domain; the clock is set back so the queue shows requests of different ages.
 */
export async function seedBundles({
  customerId,
  providerId,
  catalog,
  requester,
  approver,
}: {
  customerId: string;
  providerId: string;
  catalog: DemoCatalog;
  requester: string;
  approver: string;
}): Promise<void> {
  const customer = await memberActor(requester, customerId);
  const provider = await memberActor(approver, providerId);
  const pinned = pinnedClock();
  const today = nowMs();
  // A pinned clock stamps every step alike; each step gets its own moment so histories keep their order.
  const at = (daysAgo: number, hours = 0) => setClock(today - daysAgo * dayMs + hours * 3_600_000);
  const request = async (daysAgo: number, name: string, planIds: string[], useCase: string) => {
    at(daysAgo, -1);
    const bundle = await createBundle({
      actor: customer,
      input: {
        name,
        providerOrganizationId: providerId,
        planIds,
        businessCases: [
          { businessCaseKey: "USE_CASE", text: useCase },
          { businessCaseKey: "TRAFFIC", text: "About 2,000 requests a day, peaking at month end." },
        ],
      },
    });
    at(daysAgo);
    await submitBundle({ actor: customer, id: bundle.id });
    return bundle.id;
  };
  const { plans } = catalog;
  try {
    const archive = await request(
      30,
      "Long-term archive",
      [plans.backup.archive],
      "Seven years of invoices, as the law asks.",
    );
    at(27);
    await decidePlans({
      actor: provider,
      id: archive,
      input: {
        decisions: [
          {
            planId: plans.backup.archive,
            decision: "REJECTED",
            note: "Archive storage is sold out in your region until next quarter.",
          },
        ],
      },
    });
    const reporting = await request(
      20,
      "Backups and reporting",
      [plans.backup.standard, plans.warehouse.enterprise],
      "Nightly backups of the sales dashboards and their warehouse.",
    );
    at(18);
    await decidePlans({
      actor: provider,
      id: reporting,
      input: {
        decisions: [
          { planId: plans.backup.standard, decision: "APPROVED" },
          {
            planId: plans.warehouse.enterprise,
            decision: "REJECTED",
            note: "Enterprise needs a signed data processing agreement first.",
          },
        ],
      },
    });
    const cluster = await request(
      9,
      "Cluster for the data team",
      [plans.kubernetes.business, plans.backup.archive],
      "A shared cluster for the data team's pipelines, with its backups.",
    );
    at(8);
    await startProcessing({ actor: provider, id: cluster });
    await request(2, "Analytics expansion", [plans.warehouse.enterprise], "Quarterly reporting for finance.");
  } finally {
    setClock(pinned);
  }
}
