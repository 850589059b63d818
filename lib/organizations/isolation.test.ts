import { describe, expect, it } from "vitest";
import { membershipRoles } from "@/lib/auth/permissions";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { addMember, makeOrganizationWithOwner, makeUser, userActor } from "@/lib/testing/factories";
import { systemActor } from "@/lib/auth/actor";
import { deleteContact, listContacts, saveContact } from "./contacts";
import { getOrganization } from "./get-organization";
import { setOrganizationImage } from "./organization-image";
import { updateOrganization } from "./update-organization";

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Everything an organization's people can do to it, aimed at someone else's organization. */
async function victimState(organizationId: string) {
  const admin = systemActor();
  return {
    organization: await getOrganization({ actor: admin, id: organizationId }),
    members: await listMembers({ actor: admin, organizationId }),
    contacts: await listContacts({ actor: admin, organizationId }),
  };
}

describe("organization isolation: roles × actions against another organization", () => {
  it("answers 404 to every role for every action, and changes nothing", async () => {
    const victim = await makeOrganizationWithOwner();
    const contact = await saveContact({
      actor: victim.owner,
      organizationId: victim.organization.id,
      input: { name: "Victim contact", email: "contact@victim.example" },
    });
    const ownerMembership = (
      await listMembers({ actor: victim.owner, organizationId: victim.organization.id })
    ).members[0]!;
    const before = await victimState(victim.organization.id);
    const id = victim.organization.id;

    const attacker = await makeOrganizationWithOwner();
    for (const role of membershipRoles) {
      const user = await makeUser();
      await addMember(attacker.organization.id, user.id, role);
      const actor = userActor(user.id, attacker.organization.id, role);
      const actions: [string, () => Promise<unknown>][] = [
        ["read", () => getOrganization({ actor, id })],
        ["update", () => updateOrganization({ actor, id, input: { ...before.organization, name: "Pwned" } })],
        ["set image", () => setOrganizationImage({ actor, organizationId: id, bytes: png })],
        ["list members", () => listMembers({ actor, organizationId: id })],
        [
          "invite",
          () =>
            inviteMember({ actor, organizationId: id, input: { email: "mole@x.example", role: "owner" } }),
        ],
        [
          "change role",
          () =>
            changeMemberRole({
              actor,
              organizationId: id,
              membershipId: ownerMembership.membershipId,
              input: { role: "member" },
            }),
        ],
        [
          "remove member",
          () => removeMember({ actor, organizationId: id, membershipId: ownerMembership.membershipId }),
        ],
        ["list contacts", () => listContacts({ actor, organizationId: id })],
        [
          "save contact",
          () =>
            saveContact({
              actor,
              organizationId: id,
              contactId: contact.id,
              input: { name: "X", email: "x@x.example" },
            }),
        ],
        ["delete contact", () => deleteContact({ actor, organizationId: id, contactId: contact.id })],
      ];
      for (const [name, action] of actions) {
        await expect(action(), `${role}: ${name}`).rejects.toMatchObject({ code: "not_found" });
      }
    }
    expect(await victimState(id)).toEqual(before);
  });
});
