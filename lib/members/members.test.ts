import { describe, expect, it } from "vitest";
import {
  addMember,
  lastEmailTo,
  linkIn,
  makeOrganizationWithOwner,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { acceptInvitation, describeInvitation } from "./accept-invitation";
import { changeMemberRole, removeMember } from "./change-member";
import { inviteMember, revokeInvitation } from "./invite-member";
import { listMembers } from "./list-members";

const tokenFrom = async (email: string) =>
  linkIn((await lastEmailTo(email))!.text, "/invitations/")
    .pathname.split("/")
    .pop()!;
const newEmail = () => `invitee-${Math.random().toString(36).slice(2, 10)}@test.example`;

describe("invitations", () => {
  it("mail a single-use link that creates the account and the membership", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const email = newEmail();
    await inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "approver" } });
    const token = await tokenFrom(email);
    expect(await describeInvitation({ token })).toMatchObject({
      email,
      role: "approver",
      organizationName: organization.name,
      accountExists: false,
    });

    await expect(acceptInvitation({ actor: null, input: { token } })).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "name" }, { name: "password" }],
    });
    const accepted = await acceptInvitation({
      actor: null,
      input: { token, name: "New Person", password: "a fine password" },
    });
    expect(accepted).toMatchObject({ organizationId: organization.id, newAccount: true });
    expect(await verifyCredentials({ email, password: "a fine password" })).not.toBeNull();
    const { members } = await listMembers({ actor: owner, organizationId: organization.id });
    expect(members.find((m) => m.email === email)?.role).toBe("approver");

    await expect(
      acceptInvitation({ actor: null, input: { token, name: "Again", password: "a fine password" } }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("are accepted by a signed-in user for their own email only", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const invitee = await makeUser();
    const stranger = await makeUser();
    await inviteMember({
      actor: owner,
      organizationId: organization.id,
      input: { email: invitee.email, role: "member" },
    });
    const token = await tokenFrom(invitee.email);
    await expect(acceptInvitation({ actor: null, input: { token } })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(
      acceptInvitation({
        actor: { ...userActor(stranger.id, null, null), email: stranger.email },
        input: { token },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const accepted = await acceptInvitation({
      actor: { ...userActor(invitee.id, null, null), email: invitee.email },
      input: { token },
    });
    expect(accepted.newAccount).toBe(false);
  });

  it("stop working when withdrawn or replaced", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const email = newEmail();
    const first = await inviteMember({
      actor: owner,
      organizationId: organization.id,
      input: { email, role: "member" },
    });
    const firstToken = await tokenFrom(email);
    await inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "admin" } });
    await expect(describeInvitation({ token: firstToken })).rejects.toMatchObject({ code: "not_found" });
    const secondToken = await tokenFrom(email);
    const { invitations } = await listMembers({ actor: owner, organizationId: organization.id });
    expect(invitations).toHaveLength(1);
    await revokeInvitation({
      actor: owner,
      organizationId: organization.id,
      invitationId: invitations[0]!.id,
    });
    await expect(describeInvitation({ token: secondToken })).rejects.toMatchObject({ code: "not_found" });
    expect(first.role).toBe("member");
  });

  it("need a manager, and only owners invite owners", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const adminUser = await makeUser();
    const memberUser = await makeUser();
    await addMember(organization.id, adminUser.id, "admin");
    await addMember(organization.id, memberUser.id, "member");
    const asAdmin = userActor(adminUser.id, organization.id, "admin");
    const asMember = userActor(memberUser.id, organization.id, "member");
    await expect(
      inviteMember({
        actor: asMember,
        organizationId: organization.id,
        input: { email: newEmail(), role: "member" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      inviteMember({
        actor: asAdmin,
        organizationId: organization.id,
        input: { email: newEmail(), role: "owner" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      inviteMember({
        actor: asAdmin,
        organizationId: organization.id,
        input: { email: memberUser.email, role: "member" },
      }),
    ).rejects.toMatchObject({ code: "conflict", invalidFields: [{ name: "email" }] });
    await expect(
      inviteMember({
        actor: asAdmin,
        organizationId: organization.id,
        input: { email: "not an email", role: "member" },
      }),
    ).rejects.toMatchObject({ code: "invalid_input", invalidFields: [{ name: "email" }] });
  });
});

describe("roles and removal", () => {
  it("never leave an organization without an owner", async () => {
    const { organization, owner, user } = await makeOrganizationWithOwner();
    const { members } = await listMembers({ actor: owner, organizationId: organization.id });
    const ownMembership = members.find((m) => m.userId === user.id)!.membershipId;
    await expect(
      changeMemberRole({
        actor: owner,
        organizationId: organization.id,
        membershipId: ownMembership,
        input: { role: "admin" },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      removeMember({ actor: owner, organizationId: organization.id, membershipId: ownMembership }),
    ).rejects.toMatchObject({
      code: "conflict",
    });

    const second = await makeUser();
    await addMember(organization.id, second.id, "member");
    const secondMembership = (
      await listMembers({ actor: owner, organizationId: organization.id })
    ).members.find((m) => m.userId === second.id)!.membershipId;
    await changeMemberRole({
      actor: owner,
      organizationId: organization.id,
      membershipId: secondMembership,
      input: { role: "owner" },
    });
    await removeMember({ actor: owner, organizationId: organization.id, membershipId: ownMembership });
    const after = await listMembers({
      actor: userActor(second.id, organization.id, "owner"),
      organizationId: organization.id,
    });
    expect(after.members.map((m) => m.userId)).toEqual([second.id]);
  });

  it("let a member leave but not remove others", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const a = await makeUser();
    const b = await makeUser();
    await addMember(organization.id, a.id, "member");
    await addMember(organization.id, b.id, "member");
    const ids = Object.fromEntries(
      (await listMembers({ actor: owner, organizationId: organization.id })).members.map((m) => [
        m.userId,
        m.membershipId,
      ]),
    );
    const asA = userActor(a.id, organization.id, "member");
    await expect(
      removeMember({ actor: asA, organizationId: organization.id, membershipId: ids[b.id]! }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await removeMember({ actor: asA, organizationId: organization.id, membershipId: ids[a.id]! });
    expect((await listMembers({ actor: owner, organizationId: organization.id })).members).toHaveLength(2);
  });
});
