import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteMember } from "@/lib/members/invite-member";
import { advanceClock, setClock } from "@/lib/clock";
import { makeOrganizationWithOwner, makeUser, userActor } from "@/lib/testing/factories";
import { limitResendVerification } from "./door-limits";

const newEmail = () => `limited-${Math.random().toString(36).slice(2, 10)}@test.example`;

beforeEach(() => setClock(new Date("2026-03-01T10:00:00Z")));
afterEach(() => setClock(null));

describe("invitation limits", () => {
  it("allow twenty invitations an hour per inviter; another organization's owner is not held back", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const invite = () =>
      inviteMember({
        actor: owner,
        organizationId: organization.id,
        input: { email: newEmail(), role: "member" },
      });
    for (let i = 0; i < 20; i++) await invite();
    await expect(invite()).rejects.toMatchObject({ code: "rate_limited" });
    const other = await makeOrganizationWithOwner();
    await inviteMember({
      actor: other.owner,
      organizationId: other.organization.id,
      input: { email: newEmail(), role: "member" },
    });
    advanceClock(60 * 60_000);
    await invite();
  });

  it("mail one address at most three invitations an hour, and count no refused invitation", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const email = newEmail();
    // An outsider's attempts are refused before they count against anyone.
    const stranger = await makeUser();
    for (let i = 0; i < 3; i++) {
      await expect(
        inviteMember({
          actor: userActor(stranger.id, null, null),
          organizationId: organization.id,
          input: { email, role: "member" },
        }),
      ).rejects.toMatchObject({ code: expect.not.stringMatching(/rate_limited/) });
    }
    for (let i = 0; i < 3; i++) {
      await inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "member" } });
    }
    await expect(
      inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "member" } }),
    ).rejects.toMatchObject({ code: "rate_limited", headers: { "Retry-After": "3600" } });
  });
});

describe("limitResendVerification", () => {
  it("allows three verification emails an hour per mailbox, whatever the address", async () => {
    const email = newEmail();
    for (let i = 0; i < 3; i++) await limitResendVerification(`192.0.2.${i}`, email);
    await expect(limitResendVerification("192.0.2.99", email)).rejects.toMatchObject({
      code: "rate_limited",
    });
  });

  it("allows SIGNUP_RATE_LIMIT_PER_HOUR (10) requests an hour per address", async () => {
    for (let i = 0; i < 10; i++) await limitResendVerification("198.51.100.77", newEmail());
    await expect(limitResendVerification("198.51.100.77", newEmail())).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
