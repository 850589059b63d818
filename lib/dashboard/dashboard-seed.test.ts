import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { memberships, organizations, users } from "@/db/schema";
import { seed } from "@/db/seed";
import { demoAccounts } from "@/lib/demo-accounts";
import { setClock } from "@/lib/clock";
import { userActor } from "@/lib/testing/factories";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { getDashboard } from "./get-dashboard";
import { keysNearQuota, keyUsage } from "./key-usage";
import { openRequests } from "./open-requests";
import { recentActivity } from "./recent-activity";
import { recurringRevenue } from "./recurring-revenue";
import { subscriptionMovement } from "./subscription-movement";
import { subscriptionRenewals } from "./subscription-renewals";
import { subscriptionsByStatus } from "./subscriptions-by-status";
import { trialsEnding } from "./trials-ending";

// The demo seed, told up to a fixed day: every figure below is what its story makes.
const today = Date.UTC(2026, 5, 15, 12);

/** A demo account as its session would load it: in its organization with its role, or a platform admin. */
async function demoActor(email: string, slug?: string): Promise<SessionActor> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const [row] = slug
    ? await db
        .select({ organization: organizations, role: memberships.role })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(and(eq(memberships.userId, user!.id), eq(organizations.slug, slug)))
    : [];
  const membership = row && {
    organizationId: row.organization.id,
    organizationName: row.organization.name,
    organizationSlug: row.organization.slug,
    provider: row.organization.provider,
    organizationStatus: row.organization.organizationStatus,
    role: row.role,
  };
  return {
    ...userActor(user!.id, membership?.organizationId ?? null, membership?.role ?? null),
    platformAdmin: user!.platformAdmin,
    label: email,
    email,
    name: user!.name,
    memberships: membership ? [membership] : [],
    activeMembership: membership ?? null,
    sessionId: crypto.randomUUID(),
  };
}

let admin: SessionActor;
let northwind: SessionActor;
let acme: SessionActor;

beforeAll(async () => {
  setClock(today);
  await seed(await getDb());
  admin = await demoActor(demoAccounts.platformAdmin.email);
  northwind = await demoActor(demoAccounts.providerOwner.email, "northwind");
  acme = await demoActor(demoAccounts.customerOwner.email, "acme");
});

describe("the dashboards' figures on the demo seed", () => {
  it("MRR and ARR: VMs 5 × (10 apps × $4.50 + 5 namespaces × $1), Kubernetes Team 10 × $12, Backup Standard 10 × $2", async () => {
    // 250 + 120 + 20 = $390 a month; the trial, the backup in grace and the ended warehouse bring nothing.
    const expected = [{ currency: "USD", mrrMinor: 39_000, arrMinor: 468_000, subscriptions: 3 }];
    for (const actor of [admin, northwind, acme]) expect(await recurringRevenue({ actor })).toEqual(expected);
  });

  it("subscriptions by status", async () => {
    const byStatus = Object.fromEntries(
      (await subscriptionsByStatus({ actor: admin })).map((s) => [s.status, s.count]),
    );
    expect(byStatus).toEqual({ scheduled: 0, trialing: 1, active: 3, paused: 0, grace: 1, ended: 1 });
    expect(await subscriptionsByStatus({ actor: northwind })).toEqual(
      await subscriptionsByStatus({ actor: admin }),
    );
  });

  it("new against ended per month: the story's starts and the warehouse that ended in March", async () => {
    const movement = await subscriptionMovement({ actor: northwind });
    expect(movement.map((m) => m.month)).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    const busy = movement.filter((m) => m.started || m.ended);
    expect(busy).toEqual([
      { month: "2026-01", started: 1, ended: 0 }, // the old warehouse, day -150
      { month: "2026-03", started: 1, ended: 1 }, // VMs day -100; the warehouse cancelled day -95
      { month: "2026-05", started: 3, ended: 0 }, // backups -45, Kubernetes -20, the approved backup -18
      { month: "2026-06", started: 1, ended: 0 }, // the warehouse trial, day -11
    ]);
  });

  it("the warehouse trial ends in 3 days", async () => {
    const trials = await trialsEnding({ actor: northwind });
    expect(trials).toMatchObject([
      { organizationName: "Acme Corporation", productName: "Northwind Warehouse", daysLeft: 3 },
    ]);
    // A 2-day window does not reach it.
    expect(await trialsEnding({ actor: northwind, days: 2 })).toEqual([]);
  });

  it("keys near their quota: the analytics loader at 88% (its threshold is 90%, the dashboard's line 80%)", async () => {
    expect(await keysNearQuota({ actor: admin })).toMatchObject([
      { description: "Analytics loader", organizationName: "Acme Corporation", percentUsed: 88 },
    ]);
    const usage = await keyUsage({ actor: acme });
    expect(usage.map((k) => [k.description, k.percentUsed, k.status])).toEqual([
      ["Analytics loader", 88, "active"],
      ["CI runners", 41.3, "active"],
      ["Access for the bundle Backups and reporting", null, "active"],
      ["Nightly backups", null, "disabled"],
    ]);
  });

  it("Acme's subscriptions with what happens next, soonest first, and its two open requests", async () => {
    const renewals = await subscriptionRenewals({ actor: acme });
    expect(
      renewals.map((r) => [r.productName, r.planName, r.next?.event, r.next?.on.toISOString().slice(0, 10)]),
    ).toEqual([
      ["Northwind Warehouse", "Warehouse Trial", "trial ends", "2026-06-18"],
      ["Northwind Backup", "Backup Standard", "grace ends", "2026-06-24"],
      ["Northwind Kubernetes", "Kubernetes Team", "renews", "2026-06-25"],
      ["Northwind Backup", "Backup Standard", "renews", "2026-06-27"],
      ["Northwind VMs", "VM Standard", "renews", "2026-07-05"],
    ]);
    const requests = await openRequests({ actor: acme });
    expect(requests.total).toBe(2);
    expect(requests.items.map((r) => [r.name, r.contractStatus])).toEqual([
      ["Cluster for the data team", "IN_PROGRESS"],
      ["Analytics expansion", "REQUESTED"],
    ]);
  });

  it("recent activity in words, the provider's including what its customer did to its contracts", async () => {
    for (const actor of [admin, northwind, acme]) {
      const sentences = (await recentActivity({ actor, limit: 12 })).map((a) => a.sentence);
      expect(sentences).toContain("Olivia Owner sent the request Analytics expansion for Acme Corporation");
      expect(sentences).toContain(
        "Paul Approver subscribed Acme Corporation to Northwind Backup (Backup Standard)",
      );
      for (const sentence of sentences) expect(sentence).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
  });

  it("the seed leaves the summary fresh: the staff dashboards read it, as of the seed, with the counted figures", async () => {
    for (const actor of [admin, northwind]) {
      const dashboard = await getDashboard({ actor });
      if (dashboard.kind === "customer") throw new Error("a staff dashboard was expected");
      expect(dashboard.asOf).toEqual(new Date(today));
      expect({
        revenue: dashboard.revenue,
        byStatus: dashboard.byStatus,
        movement: dashboard.movement,
      }).toEqual({
        revenue: await recurringRevenue({ actor }),
        byStatus: await subscriptionsByStatus({ actor }),
        movement: await subscriptionMovement({ actor }),
      });
    }
  });

  it("picks each role's dashboard: the administration's for the admin and Northwind, with the approval queue, the portal's for Acme", async () => {
    const forAdmin = await getDashboard({ actor: admin });
    const forNorthwind = await getDashboard({ actor: northwind });
    const forAcme = await getDashboard({ actor: acme });
    expect(forAdmin.kind).toBe("platform");
    expect(forNorthwind.kind).toBe("provider");
    expect(forAcme.kind).toBe("customer");
    for (const dashboard of [forAdmin, forNorthwind]) {
      if (dashboard.kind === "customer") throw new Error("a staff dashboard was expected");
      expect(dashboard.approvals?.total).toBe(2);
      expect(dashboard.approvals?.items.map((r) => r.name)).toEqual([
        "Cluster for the data team",
        "Analytics expansion",
      ]);
    }
  });
});
