import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { invitations, memberships, organizations, users, type Invitation } from "@/db/schema";
import { visitorActor, type Actor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/one-time-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { organizationRefusal } from "@/lib/auth/write-guard";
import { AppError, forbidden } from "@/lib/errors";
import { markEmailVerified } from "@/lib/signup/mark-email-verified";
import { completeAccount, insertUser } from "@/lib/users/create-user";
import { parseInput } from "@/lib/validation";
import { acceptInvitationSchema } from "./schemas";

const unusable = () =>
  new AppError(
    "not_found",
    "This invitation is invalid, expired, withdrawn or already used. Ask for a new one.",
  );

async function openInvitation(tx: Executor, token: string): Promise<Invitation> {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedOn),
        isNull(invitations.revokedOn),
        gt(invitations.expiresOn, new Date()),
      ),
    );
  if (!invitation) throw unusable();
  return invitation;
}

/** What the invitation page shows before accepting: anyone holding the link may see this. */
export async function describeInvitation({ token }: { token: string }) {
  const db = await getDb();
  const invitation = await openInvitation(db, token);
  const [organization] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.id, invitation.organizationId));
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
  return {
    email: invitation.email,
    role: invitation.role,
    organizationName: organization!.name,
    accountExists: !!account,
  };
}

/**
 * Accepts an invitation, once. A signed-in user accepts for their own email only; someone
 * new gives a name and password and gets an account, its email verified by the link itself;
 * someone with an account must sign in first.
 */
export async function acceptInvitation({
  actor,
  input,
}: {
  actor: (Actor & { email: string }) | null;
  input: unknown;
}): Promise<{ organizationId: string; email: string; newAccount: boolean }> {
  const data = parseInput(acceptInvitationSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, data.token);
    const [organization] = await tx
      .select({ organizationStatus: organizations.organizationStatus })
      .from(organizations)
      .where(eq(organizations.id, invitation.organizationId));
    // Joining writes to the organization: not while it is pending, suspended or closed.
    const refusal = organizationRefusal(organization!.organizationStatus);
    if (refusal) throw forbidden(refusal);
    const [existing] = await tx.select().from(users).where(eq(users.email, invitation.email));
    let userId: string;
    let acting: Actor;
    if (actor) {
      if (actor.email !== invitation.email) {
        throw new AppError(
          "forbidden",
          `This invitation is for ${invitation.email}. Sign in with that email to accept it.`,
        );
      }
      userId = actor.userId!;
      acting = actor;
      // The link came to this mailbox: following it proves the address, as a verification link would.
      if (!actor.emailVerified) await markEmailVerified(tx, acting, userId);
    } else if (existing?.passwordHash) {
      throw new AppError("unauthenticated", `${invitation.email} already has an account: sign in to accept.`);
    } else {
      if (!data.name || !data.password) {
        throw new AppError("invalid_input", "Choose your name and a password to create your account.", {
          invalidFields: [
            ...(data.name ? [] : [{ name: "name", reason: "is required" }]),
            ...(data.password ? [] : [{ name: "password", reason: "is required" }]),
          ],
        });
      }
      acting = visitorActor(invitation.email);
      // The link came by email, so following it proves the address. An account opened for
      // someone else's use (a product key's new owner) has no password yet: it is completed.
      const user = existing
        ? await completeAccount(tx, acting, existing.id, { name: data.name, password: data.password })
        : await insertUser(
            tx,
            acting,
            { email: invitation.email, name: data.name, password: data.password },
            { emailVerified: true },
          );
      userId = user.id;
    }

    // The conditional update is the single-use guarantee: of two racing accepts, one wins.
    const [accepted] = await tx
      .update(invitations)
      .set({ acceptedOn: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedOn)))
      .returning();
    if (!accepted) throw unusable();
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId: invitation.organizationId, userId, role: invitation.role })
      .onConflictDoNothing()
      .returning();
    if (membership) {
      await recordAuditEvent(tx, acting, {
        action: "membership.create",
        objectType: "membership",
        objectId: membership.id,
        organizationId: invitation.organizationId,
        after: { userId, role: invitation.role, invitationId: invitation.id },
      });
    }
    return { organizationId: invitation.organizationId, email: invitation.email, newAccount: !actor };
  });
}
