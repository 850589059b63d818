import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { invitations, memberships, users, type Invitation, type MembershipRole } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";
import { AppError } from "@/lib/errors";
import { loadVisibleOrganization } from "@/lib/organizations/get-organization";
import { limitInvitation } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";
import { assertMayAssign } from "./owner-rules";
import { inviteMemberSchema, type InvitationView } from "./schemas";

const invitationLifetimeMs = 7 * 24 * 60 * 60_000;

/**
 * Invites someone by email to join with a role. Re-inviting an address replaces its open
 * invitation (the old link stops working); inviting a member is a conflict.
 */
export async function inviteMember({
  actor,
  organizationId,
  input,
}: {
  actor: Actor;
  organizationId: string;
  input: unknown;
}): Promise<InvitationView> {
  const { email, role } = parseInput(inviteMemberSchema, input);
  const db = await getDb();
  const { view, queued } = await db.transaction(async (tx) => {
    const organization = await loadVisibleOrganization(tx, actor, organizationId);
    authorize(actor, "members.manage", organization);
    assertMayAssign(actor, role);
    await limitInvitation(tx, { actor, organizationId, email });
    const [already] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(users.email, email)));
    if (already) {
      throw new AppError("conflict", `${email} is already a member.`, {
        invalidFields: [{ name: "email", reason: "is already a member" }],
      });
    }
    const { invitation, emailId } = await sendInvitation(tx, actor, {
      organizationId,
      organizationName: organization.name,
      email,
      role,
    });
    return {
      view: {
        id: invitation.id,
        email,
        role,
        expiresOn: invitation.expiresOn.toISOString(),
        createdOn: invitation.createdOn.toISOString(),
      },
      queued: [emailId],
    };
  });
  await deliverEmails(queued);
  return view;
}

/**
 * Sends an invitation inside the caller's transaction, audited: the address's open invitation
 * to the organization is withdrawn (its link stops working) and a new link is emailed. Callers
 * check who may invite; product keys invite a key's new owner through it too.
 */
export async function sendInvitation(
  tx: Executor,
  actor: Actor,
  {
    organizationId,
    organizationName,
    email,
    role,
  }: { organizationId: string; organizationName: string; email: string; role: MembershipRole },
): Promise<{ invitation: Invitation; emailId: string }> {
  await tx
    .update(invitations)
    .set({ revokedOn: new Date() })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.email, email),
        isNull(invitations.acceptedOn),
        isNull(invitations.revokedOn),
        gt(invitations.expiresOn, new Date()),
      ),
    );
  const { token, hash } = newOneTimeToken();
  const [invitation] = await tx
    .insert(invitations)
    .values({
      organizationId,
      email,
      role,
      tokenHash: hash,
      invitedByUserId: actor.userId,
      expiresOn: new Date(Date.now() + invitationLifetimeMs),
    })
    .returning();
  await recordAuditEvent(tx, actor, {
    action: "invitation.create",
    objectType: "invitation",
    objectId: invitation!.id,
    organizationId,
    after: { email, role, expiresOn: invitation!.expiresOn },
  });
  const link = await publicUrl(`/invitations/${token}`);
  const emailId = await queueEmail(tx, emails.invitation(email, organizationName, actor.label, role, link));
  return { invitation: invitation!, emailId };
}

/** Withdraws an open invitation; its link stops working. */
export async function revokeInvitation({
  actor,
  organizationId,
  invitationId,
}: {
  actor: Actor;
  organizationId: string;
  invitationId: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    authorize(actor, "members.manage", await loadVisibleOrganization(tx, actor, organizationId));
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedOn: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.organizationId, organizationId),
          isNull(invitations.acceptedOn),
        ),
      )
      .returning();
    if (!revoked) throw new AppError("not_found", "The invitation was not found.");
    await recordAuditEvent(tx, actor, {
      action: "invitation.revoke",
      objectType: "invitation",
      objectId: invitationId,
      organizationId,
    });
  });
}
