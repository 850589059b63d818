import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { memberships, users } from "@/db/schema";
import { visitorActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail, type EmailMessage } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/env";
import { insertOrganization } from "@/lib/organizations/create-organization";
import { limitSignUp } from "@/lib/rate-limit";
import { insertUser } from "@/lib/users/create-user";
import { hashPassword } from "@/lib/users/password";
import { parseInput } from "@/lib/validation";
import { signUpSchema, type SignUpResult } from "./schemas";
import { newVerificationEmail } from "./verification-email";

const answer: SignUpResult = {
  status: "verification_sent",
  detail:
    "If this email can be used, a verification link is on its way. Follow it to activate your organization.",
};

/**
 * Self-service sign-up: the user, their organization (pending verification) and their owner
 * membership, in one transaction with the verification email. An email that already has an
 * account gets the same answer — its owner is mailed instead — so nobody can probe which
 * addresses are registered, neither by the answer nor by its time: both kinds do the same
 * costly work (one password hash, one transaction, one queued email). `scripts/bench.ts`
 * measures the two side by side.
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
  // Hashed before the email is looked up: the hash is most of a sign-up's time, and skipping
  // it for a registered email would tell anyone with a stopwatch that the email has an account.
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    const message = existing
      ? emails.signUpWithKnownEmail(data.email, publicUrl("/sign-in"), publicUrl("/forgot-password"))
      : await openPendingAccount(tx, data, passwordHash);
    return [await queueEmail(tx, message)];
  });
  await deliverEmails(queued);
  return answer;
}

/** The new account's rows, and the verification email to queue with them. */
async function openPendingAccount(
  tx: Transaction,
  data: z.output<typeof signUpSchema>,
  passwordHash: string,
): Promise<EmailMessage> {
  // The visitor holds no permission: this operation makes exactly these writes for them.
  const actor = visitorActor(data.email);
  const user = await insertUser(
    tx,
    actor,
    { email: data.email, name: data.name, password: data.password },
    { emailVerified: false, passwordHash },
  );
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
  return newVerificationEmail(tx, user);
}
