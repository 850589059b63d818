import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, users } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { createOrganization } from "@/lib/organizations/create-organization";
import { requestPasswordReset, resetPassword } from "@/lib/signup/password-reset";
import { signUp } from "@/lib/signup/sign-up";
import { verifyEmail } from "@/lib/signup/verify-email";
import { lastEmailTo, linkIn, makeOrganizationWithOwner, makeUser } from "@/lib/testing/factories";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { can, visitorActor } from "./actor";
import { permissions, type Permission } from "./permissions";

let counter = 0;
const address = () => `10.8.0.${++counter}`;
const freshEmail = () => `visitor-${crypto.randomUUID().slice(0, 8)}@test.example`;

/** Who the audit trail says did `action` to this object. */
async function auditedActor(action: string, objectId: string) {
  const db = await getDb();
  const [event] = await db
    .select({ type: auditEvents.actorType, label: auditEvents.actorLabel })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.objectId, objectId)));
  return event;
}

describe("the visitor actor", () => {
  it("holds no permission of the table", () => {
    const visitor = visitorActor("someone@test.example");
    for (const permission of Object.keys(permissions) as Permission[]) {
      expect(can(visitor, permission), permission).toBe(false);
    }
  });

  it("cannot do an admin write: create users or organizations, change users, mint platform keys", async () => {
    const visitor = visitorActor("someone@test.example");
    const user = await makeUser();
    const attempts = [
      createUser({
        actor: visitor,
        input: { email: freshEmail(), name: "X", password: "a decent password" },
      }),
      createOrganization({ actor: visitor, input: { name: "Visitor's own" } }),
      updateUser({ actor: visitor, userId: user.id, input: { changeSequence: 1, platformAdmin: true } }),
      createApiKey({ actor: visitor, input: { name: "mine", platform: true } }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("visitors' own operations", () => {
  it("sign up and verify as the visitor, not as the platform-admin system", async () => {
    const email = freshEmail();
    await signUp({
      input: { name: "Vee Sitor", email, password: "a decent password", organizationName: "Vee's" },
      clientAddress: address(),
    });
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(await auditedActor("user.create", user!.id)).toEqual({ type: "visitor", label: email });

    const token = linkIn((await lastEmailTo(email))!.text, "/verify-email").searchParams.get("token")!;
    await verifyEmail({ input: { token } });
    expect(await auditedActor("user.verify_email", user!.id)).toEqual({ type: "visitor", label: email });
  });

  it("accept an invitation and reset a password as the visitor", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const email = freshEmail();
    await inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "member" } });
    const invitation = linkIn((await lastEmailTo(email))!.text, "/invitations/");
    const token = invitation.pathname.split("/").pop()!;
    const accepted = await acceptInvitation({
      actor: null,
      input: { token, name: "New Member", password: "a decent password" },
    });
    expect(accepted.newAccount).toBe(true);
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(await auditedActor("user.create", user!.id)).toEqual({ type: "visitor", label: email });

    await requestPasswordReset({ input: { email }, clientAddress: address() });
    const reset = linkIn((await lastEmailTo(email))!.text, "/reset-password").searchParams.get("token")!;
    await resetPassword({
      input: { token: reset, password: "another good secret", confirmPassword: "another good secret" },
    });
    expect(await auditedActor("user.reset_password", user!.id)).toEqual({ type: "visitor", label: email });
  });
});
