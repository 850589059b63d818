import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { systemActor } from "@/lib/auth/actor";
import { pageProducts } from "@/lib/catalog/product-reads";
import { nowMs } from "@/lib/clock";
import { userActor } from "@/lib/testing/factories";
import { listApprovalQueue, searchBundles } from "@/lib/bundles";
import { listProductKeys, productKeyUsage } from "@/lib/product-keys";
import { listOpenChanges, subscriptionHistory } from "@/lib/subscriptions";
import { runSubscriptionLifecycle } from "@/lib/subscriptions/jobs/subscriptions-tick";
import { ownSubscriptionRows } from "@/lib/subscriptions/own-subscriptions";
import { memberships, organizations, plans, productGroups, subscriptions, users } from "./schema";
import { demoAccounts } from "@/lib/demo-accounts";
import { seed } from "./seed";

const dayMs = 86_400_000;
let seededAt = 0;

beforeAll(async () => {
  seededAt = nowMs();
  const result = await seed(await getDb());
  expect(result.created).toBe(true);
});

async function organization(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row!;
}

/** The demo customer's owner as the portal would see them. */
async function acmeOwner() {
  const db = await getDb();
  const acme = await organization("acme");
  const [owner] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, demoAccounts.customerOwner.email), eq(memberships.organizationId, acme.id)));
  return userActor(owner!.id, acme.id, "owner");
}

describe("the demo seed", () => {
  it("gives Northwind a listed catalog: two groups, four products, trial and paid plans, compatibilities", async () => {
    const db = await getDb();
    const northwind = await organization("northwind");
    const groups = await db
      .select()
      .from(productGroups)
      .where(eq(productGroups.providerOrganizationId, northwind.id));
    expect(groups.map((g) => g.name).sort()).toEqual(["Compute", "Data & storage"]);
    const listed = await pageProducts({
      actor: systemActor(),
      filter: { listed: "true", providerOrganizationId: northwind.id },
      page: { page: 0, size: 50 },
    });
    const byName = Object.fromEntries(listed.content.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual([
      "Northwind Backup",
      "Northwind Kubernetes",
      "Northwind VMs",
      "Northwind Warehouse",
    ]);
    expect(byName["Northwind VMs"]!.hasQuantity).toBe(true);
    expect(byName["Northwind VMs"]!.compatibleProductIds).toEqual([byName["Northwind Kubernetes"]!.id]);
    expect(byName["Northwind Kubernetes"]!.compatibleProductIds).toEqual([byName["Northwind VMs"]!.id]);
    const planRows = await db
      .select()
      .from(plans)
      .where(
        inArray(
          plans.productId,
          listed.content.map((p) => p.id),
        ),
      );
    expect(planRows.filter((p) => p.terms === "trial").length).toBe(3);
    expect(planRows.filter((p) => p.approvalRequired).map((p) => p.name)).toEqual(["Warehouse Enterprise"]);
  });

  it("gives Acme subscriptions in every state the story needs, and the portal lists them", async () => {
    const db = await getDb();
    const acme = await organization("acme");
    const perStatus = await db
      .select({ status: subscriptions.status, n: count() })
      .from(subscriptions)
      .where(eq(subscriptions.organizationId, acme.id))
      .groupBy(subscriptions.status);
    // The third active one is the backup plan Northwind's approver approved (db/seed-bundles.ts).
    expect(Object.fromEntries(perStatus.map((r) => [r.status, r.n]))).toEqual({
      active: 3,
      trialing: 1,
      grace: 1,
      ended: 1,
    });
    const rows = (await ownSubscriptionRows({ actor: await acmeOwner() })).items;
    expect(rows).toHaveLength(6);
    const trial = rows.find((r) => r.status === "trialing")!;
    expect(trial.currentPeriodEndsOn!.getTime() - seededAt).toBeGreaterThan(2.9 * dayMs);
    expect(trial.currentPeriodEndsOn!.getTime() - seededAt).toBeLessThan(3.1 * dayMs);
    const grace = rows.find((r) => r.status === "grace")!;
    expect(grace).toMatchObject({ productName: "Northwind Backup", barredFor: ["DEBT"] });
    expect(grace.graceEndsOn!.getTime()).toBeGreaterThan(seededAt);
  });

  it("schedules one plan change a week ahead, shown as pending", async () => {
    const owner = await acmeOwner();
    const open = await listOpenChanges({ actor: owner, query: {} });
    expect(open.items).toHaveLength(1);
    const [{ change, productName }] = open.items as [(typeof open.items)[number]];
    expect(productName).toBe("Northwind Kubernetes");
    expect(change).toMatchObject({
      kind: "plan",
      state: "pending",
      reason: "More namespaces for the data team",
    });
    expect(Math.round((change.effectiveOn.getTime() - seededAt) / dayMs)).toBe(7);
  });

  it("keeps each subscription's history, written by the domain and the lifecycle job on their days", async () => {
    const owner = await acmeOwner();
    const rows = (await ownSubscriptionRows({ actor: owner })).items;
    const historyOf = async (productName: string, status: string) => {
      const sub = rows.find((r) => r.productName === productName && r.status === status)!;
      return (await subscriptionHistory({ actor: owner, id: sub.id })).reverse();
    };
    const vms = await historyOf("Northwind VMs", "active");
    expect(vms.map((c) => c.kind)).toEqual(["create", "status", "status", "quantity", "status"]);
    expect(vms[3]).toMatchObject({ fromValue: { quantity: 3 }, toValue: { quantity: 5 } });
    // Each renewal is dated on the day its period ran out, 30 days apart.
    const renewals = vms.filter((c) => c.kind === "status").map((c) => c.effectiveOn.getTime());
    expect(renewals.map((at, i) => (i ? (at - renewals[i - 1]!) / dayMs : 0))).toEqual([0, 30, 30]);

    const ended = await historyOf("Northwind Warehouse", "ended");
    expect(ended.map((c) => [c.kind, c.toValue?.status ?? c.toValue?.when ?? null])).toEqual([
      ["create", "active"],
      ["status", "active"],
      ["cancel", "now"],
      ["status", "ended"],
    ]);
    expect(ended[3]!.requestedBy).toBe("system");
  });

  it("leaves only the trial reminder due, which the app's first tick sends", async () => {
    expect(await runSubscriptionLifecycle()).toEqual({
      started: 0,
      changesApplied: 0,
      remindersSent: 1,
      trialsEnded: 0,
      periodsRenewed: 0,
      gracePeriodsEnded: 0,
    });
  });

  it("gives Northwind an approver with Acme's open requests in the queue, and Acme requests in each decided state", async () => {
    const db = await getDb();
    const northwind = await organization("northwind");
    const [approver] = await db
      .select({ id: users.id, role: memberships.role })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(
        and(
          eq(users.email, demoAccounts.providerApprover.email),
          eq(memberships.organizationId, northwind.id),
        ),
      );
    expect(approver!.role).toBe("approver");
    const queue = await listApprovalQueue({ actor: userActor(approver!.id, northwind.id, "approver") });
    expect(queue.items.map((r) => [r.name, r.contractStatus, r.organizationName, r.ageDays])).toEqual([
      ["Cluster for the data team", "IN_PROGRESS", "Acme Corporation", 9],
      ["Analytics expansion", "REQUESTED", "Acme Corporation", 2],
    ]);

    const mine = await searchBundles({ actor: await acmeOwner(), input: { sort: "name asc" } });
    const byName = Object.fromEntries(mine.content.map((b) => [b.name, b]));
    const backups = byName["Backups and reporting"]!;
    expect(backups.contractStatus).toBe("APPROVED");
    const plansOf = (b: typeof backups) =>
      b.bundleProducts.flatMap((p) =>
        p.subscriptions.map((s) => [p.name, s.approvalStatus, s.approvals.at(-1)!.note]),
      );
    expect(plansOf(backups)).toEqual([
      ["Northwind Backup", "APPROVED", null],
      ["Northwind Warehouse", "REJECTED", "Enterprise needs a signed data processing agreement first."],
    ]);
    // The key is issued and waits to be shown to Acme once.
    expect(backups.accesses).toMatchObject([
      { accessExchangeType: "GENERATE_TOKEN", status: "ACTIVE", secretShown: false },
    ]);
    expect(byName["Long-term archive"]!.contractStatus).toBe("REJECTED");
    expect(plansOf(byName["Long-term archive"]!)).toEqual([
      ["Northwind Backup", "REJECTED", "Archive storage is sold out in your region until next quarter."],
    ]);
  });

  it("gives Acme product keys for Northwind's products with a month of usage, one near its threshold", async () => {
    const owner = await acmeOwner();
    const keys = (await listProductKeys({ actor: owner, query: {} })).items;
    const byName = Object.fromEntries(keys.map((k) => [k.description, k]));
    const ci = byName["CI runners"]!;
    expect(ci.products.map((p) => p.name)).toEqual(["Northwind Kubernetes", "Northwind VMs"]);
    expect(ci).toMatchObject({ providerName: "Northwind Cloud", status: "active", quota: 100_000 });
    // The usage history is the consumed quota, day by day over 30 days, today last.
    const usage = await productKeyUsage({ actor: owner, id: ci.id, days: 30 });
    expect(usage.reduce((sum, d) => sum + d.consumed, 0)).toBe(ci.consumedQuota);
    expect(usage.filter((d) => d.consumed > 0).length).toBe(30);
    expect(usage.at(-1)!.day).toBe(new Date(seededAt).toISOString().slice(0, 10));

    const near = byName["Analytics loader"]!;
    const used = (near.consumedQuota / near.quota!) * 100;
    expect(used).toBeLessThan(near.quotaNotificationThreshold!);
    expect(used).toBeGreaterThan(near.quotaNotificationThreshold! - 5);
    expect(near.quotaThresholdNotifiedOn).toBeNull();
    expect(byName["Nightly backups"]).toMatchObject({
      status: "disabled",
      disabledReason: "Invoice NW-2291 is 30 days overdue",
    });
    // Only hashes and prefixes are kept: every key has a live secret to show by prefix.
    for (const key of [ci, near]) expect(key.prefix).toMatch(/^sdpk_/);
  });

  it("runs once: a second seed changes nothing", async () => {
    const db = await getDb();
    const before = await db.select({ n: count() }).from(subscriptions);
    expect((await seed(db)).created).toBe(false);
    expect(await db.select({ n: count() }).from(subscriptions)).toEqual(before);
  });
});
