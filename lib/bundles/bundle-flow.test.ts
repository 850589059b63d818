import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { bundleAccesses, productKeys, productKeySecrets, subscriptions } from "@/db/schema";
import { makeBundleWorld } from "@/lib/testing/bundle-factories";
import { addMember, lastEmailTo, linkIn, makePlatformAdmin } from "@/lib/testing/factories";
import {
  addPlansToBundle,
  createBundle,
  decidePlans,
  getBundle,
  requestTermination,
  revealBundleAccessKey,
  startProcessing,
  submitBundle,
  terminateBundle,
} from ".";

async function requested() {
  const world = await makeBundleWorld();
  const created = await createBundle({
    actor: world.customer.owner,
    input: {
      name: "Analytics for Acme",
      planIds: [world.plans.trial.id, world.plans.feed.id],
      businessCases: [{ businessCaseKey: "USE_CASE", text: "Dashboards" }],
    },
  });
  const bundle = await submitBundle({ actor: world.customer.owner, id: created.id });
  return { world, bundle };
}

describe("a bundle from draft to subscriptions", () => {
  it("drafts with the default contact, submits, and emails the provider's approvers a link to the request", async () => {
    const { world, bundle } = await requested();
    expect(bundle.contractStatus).toBe("REQUESTED");
    const view = await getBundle({ actor: world.approver, id: bundle.id });
    expect(view.contact?.name).toBe("Casey Contact");
    expect(view.bundleProducts.flatMap((p) => p.subscriptions.map((s) => s.approvalStatus))).toEqual([
      "REQUESTED",
      "REQUESTED",
    ]);
    expect(view.approvals.map((a) => a.approvalStatus)).toEqual(["REQUESTED"]);
    for (const to of [world.provider.user.email, world.approverUser.email]) {
      const email = await lastEmailTo(to);
      expect(email?.subject).toContain("requests plans");
      expect(linkIn(email!.text, `/approvals/${bundle.id}`).pathname).toBe(`/approvals/${bundle.id}`);
    }
  });

  it("approves one plan and rejects another: subscription at the plan's terms, a key shown once, the reason emailed", async () => {
    const { world, bundle } = await requested();
    const processing = await startProcessing({ actor: world.approver, id: bundle.id });
    expect(processing.contractStatus).toBe("IN_PROGRESS");
    const decided = await decidePlans({
      actor: world.approver,
      id: bundle.id,
      input: {
        decisions: [
          { planId: world.plans.trial.id, decision: "APPROVED" },
          { planId: world.plans.feed.id, decision: "REJECTED", note: "Not for resale" },
        ],
      },
    });
    expect(decided.contractStatus).toBe("APPROVED");
    const view = await getBundle({ actor: world.customer.owner, id: bundle.id });
    const trial = view.bundleProducts
      .flatMap((p) => p.subscriptions)
      .find((s) => s.planId === world.plans.trial.id)!;
    const db = await getDb();
    const [subscription] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.id, trial.subscriptionId!));
    expect(subscription).toMatchObject({
      organizationId: world.customer.organization.id,
      terms: "trial",
      status: "trialing",
    });
    expect(view.accesses).toHaveLength(1);
    const access = view.accesses[0]!;
    expect(access).toMatchObject({
      accessExchangeType: "GENERATE_TOKEN",
      status: "ACTIVE",
      secretShown: false,
    });
    expect(access.accessStatus.map((s) => s.statusValue)).toEqual(["ACTIVATION_REQUESTED", "ACTIVE"]);

    const [key] = await db.select().from(productKeys).where(eq(productKeys.id, access.productKeyId!));
    expect(key).toMatchObject({
      organizationId: world.customer.organization.id,
      subscriptionId: trial.subscriptionId,
    });
    expect(
      await db.select().from(productKeySecrets).where(eq(productKeySecrets.productKeyId, key!.id)),
    ).toEqual([]);
    // Two reveals at once: exactly one gets the secret, the other a 409.
    const reveal = () =>
      revealBundleAccessKey({ actor: world.customer.owner, id: bundle.id, accessId: access.id });
    const both = await Promise.allSettled([reveal(), reveal()]);
    const [won] = both.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const [lost] = both.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(lost).toMatchObject({ status: 409 });
    const revealed = won!;
    expect(revealed.key.startsWith(revealed.prefix)).toBe(true);
    const secrets = await db
      .select()
      .from(productKeySecrets)
      .where(eq(productKeySecrets.productKeyId, access.productKeyId!));
    expect(JSON.stringify(secrets)).not.toContain(revealed.key);
    await expect(reveal()).rejects.toMatchObject({ status: 409 });

    const email = await lastEmailTo(world.customer.user.email);
    expect(email?.text).toContain("Not for resale");
    expect(linkIn(email!.text, `/portal/bundles/${bundle.id}`).pathname).toBe(`/portal/bundles/${bundle.id}`);
  });

  it("terminates: the subscriptions end and the access goes inactive", async () => {
    const { world, bundle } = await requested();
    await decidePlans({
      actor: world.approver,
      id: bundle.id,
      input: {
        decisions: [
          { planId: world.plans.trial.id, decision: "APPROVED" },
          { planId: world.plans.feed.id, decision: "APPROVED" },
        ],
      },
    });
    const ending = await requestTermination({ actor: world.customer.owner, id: bundle.id });
    expect(ending.contractStatus).toBe("IN_TERMINATION");
    const ended = await terminateBundle({
      actor: world.approver,
      id: bundle.id,
      input: { note: "Contract over" },
    });
    expect(ended.contractStatus).toBe("TERMINATED");
    const view = await getBundle({ actor: world.customer.owner, id: bundle.id });
    const ids = view.bundleProducts.flatMap((p) => p.subscriptions.map((s) => s.subscriptionId!));
    const db = await getDb();
    for (const id of ids) {
      const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id));
      expect(row!.status).toBe("ended");
    }
    const accesses = await db.select().from(bundleAccesses).where(eq(bundleAccesses.bundleId, bundle.id));
    expect(accesses.map((a) => a.status)).toEqual(["INACTIVE", "INACTIVE"]);
    const email = await lastEmailTo(world.customer.user.email);
    expect(email?.subject).toContain("terminated");
    expect(email?.text).toContain("Contract over");
  });

  it("refuses illegal transitions with 409 naming the state", async () => {
    const { world, bundle } = await requested();
    await expect(submitBundle({ actor: world.customer.owner, id: bundle.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("REQUESTED"),
    });
    await expect(terminateBundle({ actor: world.approver, id: bundle.id })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("lets exactly one of two approvers deciding at once win", async () => {
    const { world, bundle } = await requested();
    const decide = () =>
      decidePlans({
        actor: world.approver,
        id: bundle.id,
        input: {
          decisions: [{ planId: world.plans.trial.id, decision: "APPROVED" }],
          changeSequence: bundle.changeSequence,
        },
      });
    const results = await Promise.allSettled([decide(), decide()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    const db = await getDb();
    expect(
      await db
        .select()
        .from(subscriptions)
        .where(eq(subscriptions.organizationId, world.customer.organization.id)),
    ).toHaveLength(1);
  });

  it("refuses self-approval, also by a platform admin who is a member of the requesting organization", async () => {
    const { world, bundle } = await requested();
    const admin = await makePlatformAdmin();
    await addMember(world.customer.organization.id, admin.userId!, "member");
    const input = { decisions: [{ planId: world.plans.trial.id, decision: "APPROVED" }] };
    await expect(decidePlans({ actor: admin, id: bundle.id, input })).rejects.toMatchObject({ status: 403 });
    const other = await makePlatformAdmin();
    await expect(decidePlans({ actor: other, id: bundle.id, input })).resolves.toMatchObject({
      contractStatus: "IN_PROGRESS",
    });
  });

  it("adds plans: unknown or another provider's → element not found, a plan already in → conflict", async () => {
    const { world, bundle } = await requested();
    const other = await makeBundleWorld();
    await expect(
      addPlansToBundle({
        actor: world.customer.owner,
        id: bundle.id,
        input: { planIds: [other.plans.paid.id] },
      }),
    ).rejects.toMatchObject({
      status: 400,
      invalidFields: [{ name: "planIds.0", reason: "element not found" }],
    });
    await expect(
      addPlansToBundle({
        actor: world.customer.owner,
        id: bundle.id,
        input: { planIds: [world.plans.trial.id] },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const added = await addPlansToBundle({
      actor: world.customer.owner,
      id: bundle.id,
      input: { planIds: [world.plans.paid.id] },
    });
    expect(added.contractStatus).toBe("REQUESTED");
  });
});
