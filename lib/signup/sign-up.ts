import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { authTokens, memberships, users } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/env";
import { insertOrganization } from "@/lib/organizations/create-organization";
import { limitSignUp } from "@/lib/rate-limit";
import { insertUser } from "@/lib/users/create-user";
import { parseInput } from "@/lib/validation";
import { signUpSchema, type SignUpResult } from "./schemas";

const verificationLifetimeMs = 24 * 60 * 60_000;

const answer: SignUpResult = {
  status: "verification_sent",
  detail:
    "If this email can be used, a verification link is on its way. Follow it to activate your organization.",
};

/**
 * Self-service sign-up: the user, their organization (pending verification) and their owner
 * membership, in one transaction with the verification email. An email that already has an
 * account gets the same answer — its owner is mailed instead — so nobody can probe which
 * addresses are registered.
 */
export async function signUp({
  input,
  clientAddress,
}: {
  input: unknown;
  clientAddress: string;
}): Promise<SignUpResult> {
  const data = parseInput(signUpSchema, input);
  await limitSignUp(clientAddress, data.email);
  const actor = { ...systemActor(), label: data.email };
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (existing) {
      return [
        await queueEmail(
          tx,
          emails.signUpWithKnownEmail(data.email, publicUrl("/sign-in"), publicUrl("/forgot-password")),
        ),
      ];
    }
    const user = await insertUser(tx, actor, { email: data.email, name: data.name, password: data.password });
    const organization = await insertOrganization(
      tx,
      actor,
      { name: data.organizationName },
      "pending_verification",
    );
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId: organization.id, userId: user.id, role: "owner" })
      .returning();
    await recordAuditEvent(tx, actor, {
      action: "membership.create",
      objectType: "membership",
      objectId: membership!.id,
      organizationId: organization.id,
      after: membership,
    });
    const { token, hash } = newOneTimeToken();
    await tx.insert(authTokens).values({
      userId: user.id,
      purpose: "email_verification",
      tokenHash: hash,
      expiresOn: new Date(Date.now() + verificationLifetimeMs),
    });
    return [
      await queueEmail(
        tx,
        emails.verifyEmail(user.email, user.name, publicUrl(`/verify-email?token=${token}`)),
      ),
    ];
  });
  await deliverEmails(queued);
  return answer;
}
