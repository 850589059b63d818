import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { makeBundleWorld } from "@/lib/testing/bundle-factories";
import {
  addMember,
  makeOrganization,
  makeOrganizationKey,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import {
  createBundle,
  decidePlans,
  getBundle,
  listApprovalQueue,
  recordManualExchange,
  revealBundleAccessKey,
  searchBundles,
  submitBundle,
  updateBundle,
} from ".";

async function submitted(planIds: (w: Awaited<ReturnType<typeof makeBundleWorld>>) => string[]) {
  const world = await makeBundleWorld();
  const draft = await createBundle({
    actor: world.customer.owner,
    input: {
      name: "Rules bundle",
      planIds: planIds(world),
      businessCases: [{ businessCaseKey: "TRAFFIC", text: "1k calls a day" }],
    },
  });
  const bundle = await submitBundle({ actor: world.customer.owner, id: draft.id });
  return { world, bundle };
}

describe("bundle rules", () => {
  it("keeps business-case edits after the request pending until a decision, and refuses a stale changeSequence", async () => {
    const { world, bundle } = await submitted((w) => [w.plans.paid.id]);
    const edited = await updateBundle({
      actor: world.customer.owner,
      id: bundle.id,
      input: {
        businessCases: [{ businessCaseKey: "TRAFFIC", text: "5k calls a day" }],
        changeSequence: bundle.changeSequence,
      },
    });
    let view = await getBundle({ actor: world.approver, id: bundle.id });
    expect(view.businessCases).toEqual([
      { businessCaseKey: "TRAFFIC", text: "1k calls a day", pendingText: "5k calls a day" },
    ]);
    await expect(
      updateBundle({
        actor: world.customer.owner,
        id: bundle.id,
        input: { name: "Late", changeSequence: bundle.changeSequence },
      }),
    ).rejects.toMatchObject({ code: "stale_change_sequence" });
    await decidePlans({
      actor: world.approver,
      id: bundle.id,
      input: {
        decisions: [{ planId: world.plans.paid.id, decision: "APPROVED" }],
        changeSequence: edited.changeSequence,
      },
    });
    view = await getBundle({ actor: world.customer.owner, id: bundle.id });
    expect(view.businessCases[0]).toMatchObject({ text: "5k calls a day", pendingText: null });
  });

  it("lets only the provider's owners, admins and approvers decide", async () => {
    const { world, bundle } = await submitted((w) => [w.plans.paid.id]);
    const member = await makeUser();
    await addMember(world.provider.organization.id, member.id, "member");
    const input = { decisions: [{ planId: world.plans.paid.id, decision: "APPROVED" }] };
    await expect(
      decidePlans({
        actor: userActor(member.id, world.provider.organization.id, "member"),
        id: bundle.id,
        input,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(decidePlans({ actor: world.customer.owner, id: bundle.id, input })).rejects.toMatchObject({
      status: 403,
    });
    const stranger = await makeBundleWorld();
    await expect(decidePlans({ actor: stranger.approver, id: bundle.id, input })).rejects.toMatchObject({
      status: 404,
    });
    await expect(getBundle({ actor: stranger.customer.owner, id: bundle.id })).rejects.toMatchObject({
      status: 404,
    });
    const theirs = await searchBundles({ actor: stranger.customer.owner, input: {} });
    expect(theirs.content).toEqual([]);
    const queue = await listApprovalQueue({ actor: stranger.approver });
    expect(queue.items).toEqual([]);
    const ours = await listApprovalQueue({
      actor: world.approver,
      input: { productId: world.products.keyed.id },
    });
    expect(ours.items.map((r) => r.id)).toEqual([bundle.id]);
    expect(ours.items[0]).toMatchObject({ organizationName: world.customer.organization.name, openPlans: 1 });
  });

  it("emails the owners, admins and approvers of the provider — not its plain members — and, for a key's request, the contact", async () => {
    const world = await makeBundleWorld();
    const member = await makeUser();
    await addMember(world.provider.organization.id, member.id, "member");
    const key = await makeOrganizationKey(world.customer.organization.id);
    const keyActor = await authenticateApiKey(key.key, null, "127.0.0.1");
    const draft = await createBundle({
      actor: keyActor,
      input: { name: "By key", planIds: [world.plans.feed.id] },
    });
    await submitBundle({ actor: keyActor, id: draft.id });
    const db = await getDb();
    const requestMails = await db
      .select({ to: emailOutbox.to })
      .from(emailOutbox)
      .where(like(emailOutbox.text, `%/approvals/${draft.id}%`));
    expect(requestMails.map((m) => m.to).sort()).toEqual(
      [world.provider.user.email, world.approverUser.email].sort(),
    );
    await decidePlans({
      actor: world.approver,
      id: draft.id,
      input: {
        decisions: [{ planId: world.plans.feed.id, decision: "REJECTED", note: "Region not served" }],
      },
    });
    const view = await getBundle({ actor: world.customer.owner, id: draft.id });
    const [decision] = await db
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.to, view.contact!.email), like(emailOutbox.text, `%/portal/bundles/${draft.id}%`)),
      );
    expect(decision?.text).toContain("Region not served");
    expect(decision?.text).toContain("REJECTED");
  });

  it("records a manual hand-off once, as the approver", async () => {
    const { world, bundle } = await submitted((w) => [w.plans.feed.id]);
    await decidePlans({
      actor: world.approver,
      id: bundle.id,
      input: { decisions: [{ planId: world.plans.feed.id, decision: "APPROVED" }] },
    });
    const [access] = (await getBundle({ actor: world.approver, id: bundle.id })).accesses;
    expect(access).toMatchObject({
      accessExchangeType: "MANUAL_EXCHANGE",
      status: "ACTIVATION_REQUESTED",
      productKeyId: null,
    });
    const input = { accessId: access!.id, note: "Credentials sent by courier" };
    await expect(
      recordManualExchange({ actor: world.customer.owner, id: bundle.id, input }),
    ).rejects.toMatchObject({ status: 403 });
    await recordManualExchange({ actor: world.approver, id: bundle.id, input });
    const after = (await getBundle({ actor: world.customer.owner, id: bundle.id })).accesses[0]!;
    expect(after.status).toBe("ACTIVE");
    expect(after.accessStatus.at(-1)).toMatchObject({
      statusValue: "ACTIVE",
      note: "Credentials sent by courier",
    });
    await expect(recordManualExchange({ actor: world.approver, id: bundle.id, input })).rejects.toMatchObject(
      { status: 409 },
    );
  });

  it("issues the key of a customer with nobody to hold it when one of its people first reveals it", async () => {
    const world = await makeBundleWorld();
    const organization = await makeOrganization();
    const keyActor = await authenticateApiKey(
      (await makeOrganizationKey(organization.id)).key,
      null,
      "127.0.0.1",
    );
    const draft = await createBundle({
      actor: keyActor,
      input: { name: "Nobody home", planIds: [world.plans.paid.id] },
    });
    await submitBundle({ actor: keyActor, id: draft.id });
    await decidePlans({
      actor: world.approver,
      id: draft.id,
      input: { decisions: [{ planId: world.plans.paid.id, decision: "APPROVED" }] },
    });
    const [access] = (await getBundle({ actor: keyActor, id: draft.id })).accesses;
    expect(access).toMatchObject({ status: "ACTIVATION_REQUESTED", productKeyId: null });
    const reveal = (actor: typeof keyActor) =>
      revealBundleAccessKey({ actor, id: draft.id, accessId: access!.id });
    await expect(reveal(keyActor)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("Nobody"),
    });
    const admin = await makeUser();
    await addMember(organization.id, admin.id, "admin");
    const revealed = await reveal({ ...userActor(admin.id, organization.id, "admin"), label: admin.email });
    expect(revealed.key.startsWith(revealed.prefix)).toBe(true);
    const after = (await getBundle({ actor: keyActor, id: draft.id })).accesses[0]!;
    expect(after).toMatchObject({ status: "ACTIVE", productKeyId: revealed.productKeyId, secretShown: true });
  });
});
