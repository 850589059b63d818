import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations, users } from "@/db/schema";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { pageProducts } from "@/lib/catalog/product-reads";
import { createProduct } from "@/lib/catalog/product-writes";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { getOrganization } from "@/lib/organizations/get-organization";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { endAllSessions } from "@/lib/sessions/end-all-sessions";
import { startSession } from "@/lib/sessions/start-session";
import { resendVerificationEmail } from "@/lib/signup/resend-verification";
import { signUp } from "@/lib/signup/sign-up";
import { verifyEmail } from "@/lib/signup/verify-email";
import {
  lastEmailTo,
  linkIn,
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeProvider,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { loadSessionActor } from "@/lib/users/load-session-actor";
import { systemActor, type Actor } from "./actor";
import { permissions, type Permission } from "./permissions";
import { writeRefusal } from "./write-guard";

const member = (state: Parameters<typeof userActor>[3]) => userActor("u", "org-1", "owner", state);

describe("the write guard", () => {
  it("lets every read through, whatever the state", () => {
    const held = [member({ emailVerified: false }), member({ organizationStatus: "closed" })];
    const reads = (Object.keys(permissions) as Permission[]).filter((p) => p.endsWith(".read"));
    for (const actor of held) for (const read of reads) expect(writeRefusal(actor, read)).toBeNull();
  });

  it("says why a write is refused: the email first, then the organization's state", () => {
    expect(
      writeRefusal(
        member({ emailVerified: false, organizationStatus: "pending_verification" }),
        "organization.update",
      ),
    ).toMatch(/Verify your email address first/);
    expect(writeRefusal(member({ organizationStatus: "pending_verification" }), "members.manage")).toMatch(
      /waiting for its owner to verify/,
    );
    expect(writeRefusal(member({ organizationStatus: "suspended" }), "apiKeys.manage")).toMatch(/suspended/);
    expect(writeRefusal(member({ organizationStatus: "closed" }), "members.leave")).toMatch(/closed/);
    expect(writeRefusal(member({}), "catalog.manage")).toBeNull();
  });

  it("judges the organization written to, and lets a platform admin reactivate it", () => {
    const admin: Actor = { ...systemActor(), kind: "user", userId: "a" };
    expect(writeRefusal(admin, "organization.update", { organizationStatus: "suspended" })).toMatch(
      /suspended/,
    );
    expect(
      writeRefusal(admin, "platform.organizations.manage", { organizationStatus: "suspended" }),
    ).toBeNull();
    // A platform-wide write (a platform key, a platform group) is for no organization at all.
    expect(writeRefusal(admin, "catalog.manage", null)).toBeNull();
    // An organization's own people are judged by it even when they name another.
    expect(writeRefusal(member({ organizationStatus: "suspended" }), "platform.users.manage")).toBeNull();
    expect(writeRefusal({ ...admin, emailVerified: false }, "platform.users.manage")).toMatch(/Verify/);
  });
});

async function sessionActor(userId: string) {
  const sessionId = await startSession({ userId, userAgent: null, address: null });
  return (await loadSessionActor({ userId, sessionId }))!;
}

const renameWith = async (actor: Actor, id: string) =>
  updateOrganization({
    actor,
    id,
    input: { ...(await getOrganization({ actor: systemActor(), id })), description: `by ${actor.label}` },
  });

describe("what a held-back account may still do", () => {
  it("an unverified user signs out, asks for a new link and verifies; then writes open", async () => {
    const email = `held-${Date.now()}@test.example`;
    await signUp({
      input: { name: "Held", email, password: "a decent password", organizationName: "Held Co" },
      clientAddress: "10.9.0.1",
    });
    const firstLink = linkIn((await lastEmailTo(email))!.text, "/verify-email");
    const db = await getDb();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const userId = user!.id;
    const unverified = await sessionActor(userId);
    expect(unverified).toMatchObject({ emailVerified: false, organizationStatus: "pending_verification" });
    await expect(renameWith(unverified, unverified.organizationId!)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/Verify your email address first/),
    });

    expect((await endAllSessions({ actor: unverified })).ended).toBe(1);
    expect(await resendVerificationEmail({ actor: unverified, clientAddress: "10.9.0.1" })).toMatchObject({
      status: "verification_sent",
    });
    const newLink = linkIn((await lastEmailTo(email))!.text, "/verify-email");
    expect(newLink.href).not.toBe(firstLink.href);
    await expect(
      verifyEmail({ input: { token: firstLink.searchParams.get("token") } }),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
    await verifyEmail({ input: { token: newLink.searchParams.get("token") } });

    const verified = await sessionActor(userId);
    expect(verified).toMatchObject({ emailVerified: true, organizationStatus: "active" });
    expect((await renameWith(verified, verified.organizationId!)).description).toBe(`by ${email}`);
  });

  it("a platform admin reactivates a suspended organization (and activates a pending one); writes work again", async () => {
    const { organization, user } = await makeOrganizationWithOwner();
    const admin = await makePlatformAdmin();
    const suspended = await changeOrganizationStatus({
      actor: admin,
      id: organization.id,
      input: { status: "suspended", reason: "Unpaid", changeSequence: organization.changeSequence },
    });
    await expect(renameWith(await sessionActor(user.id), organization.id)).rejects.toMatchObject({
      message: expect.stringMatching(/suspended/),
    });
    await expect(renameWith(admin, organization.id)).rejects.toMatchObject({
      message: expect.stringMatching(/suspended/),
    });
    await changeOrganizationStatus({
      actor: admin,
      id: organization.id,
      input: { status: "active", reason: "Paid", changeSequence: suspended.changeSequence },
    });
    expect((await renameWith(await sessionActor(user.id), organization.id)).organizationStatus).toBe(
      "active",
    );

    const pending = await makeOrganizationWithOwner({ organizationStatus: "pending_verification" });
    await changeOrganizationStatus({
      actor: admin,
      id: pending.organization.id,
      input: { status: "active", reason: "Checked by phone", changeSequence: 1 },
    });
    await renameWith(await sessionActor(pending.user.id), pending.organization.id);
  });

  it("a suspended organization is still there to look at", async () => {
    const { organization, user, owner } = await makeProvider();
    const draft = await createProduct({ actor: owner, input: { name: "Still mine" } });
    await changeOrganizationStatus({
      actor: systemActor(),
      id: organization.id,
      input: { status: "suspended", reason: "Audit", changeSequence: organization.changeSequence },
    });
    const actor = await sessionActor(user.id);
    expect((await getOrganization({ actor, id: organization.id })).organizationStatus).toBe("suspended");
    expect(await listApiKeys({ actor })).toEqual([]);
    expect((await listMembers({ actor, organizationId: organization.id })).members).toHaveLength(1);
    const own = await pageProducts({ actor, filter: {}, page: { page: 0, size: 20 } });
    expect(own.content.map((p) => p.id)).toContain(draft.id);
  });

  it("an invitation into a suspended organization waits; following one proves an unverified invitee's email", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const invitee = await makeUser({ emailVerified: false });
    await inviteMember({
      actor: owner,
      organizationId: organization.id,
      input: { email: invitee.email, role: "member" },
    });
    const token = linkIn((await lastEmailTo(invitee.email))!.text, "/invitations/")
      .pathname.split("/")
      .pop()!;
    const db = await getDb();
    await db
      .update(organizations)
      .set({ organizationStatus: "suspended" })
      .where(eq(organizations.id, organization.id));
    const actor = await sessionActor(invitee.id);
    await expect(acceptInvitation({ actor, input: { token } })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/suspended/),
    });
    await db
      .update(organizations)
      .set({ organizationStatus: "active" })
      .where(eq(organizations.id, organization.id));
    await acceptInvitation({ actor, input: { token } });
    expect((await sessionActor(invitee.id)).emailVerified).toBe(true);
  });
});
