import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { authTokens, users, type User } from "@/db/schema";
import { visitorActor, type Actor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/one-time-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { forbidden } from "@/lib/errors";
import { limitResendVerification } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";
import { tokenSchema } from "./schemas";
import { newVerificationEmail } from "./verification-email";

export interface ResendVerificationResult {
  status: "verification_sent" | "already_verified";
  detail: string;
}

const sent: ResendVerificationResult = {
  status: "verification_sent",
  detail: "A new verification link is on its way. Only the newest link works.",
};
const alreadyVerified: ResendVerificationResult = {
  status: "already_verified",
  detail: "This email address is verified already: sign in to continue.",
};

/**
 * Mails the user a new verification link and kills the ones sent before, in one transaction
 * with the queued email and its audit record. Limited per client address and per mailbox.
 */
async function resend(user: User | undefined, actor: Actor, clientAddress: string) {
  // A link nobody issued, or an account that is gone or disabled, gets the same answer as a sent one.
  if (!user || user.status !== "active") return sent;
  if (user.emailVerifiedOn) return alreadyVerified;
  await limitResendVerification(clientAddress, user.email);
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const emailId = await queueEmail(tx, await newVerificationEmail(tx, user));
    await recordAuditEvent(tx, actor, {
      action: "user.resend_verification",
      objectType: "user",
      objectId: user.id,
    });
    return [emailId];
  });
  await deliverEmails(queued);
  return sent;
}

/** For a signed-in user who has not verified yet (the app's "verify your email" banner). */
export async function resendVerificationEmail({
  actor,
  clientAddress,
}: {
  actor: Actor;
  clientAddress: string;
}): Promise<ResendVerificationResult> {
  if (actor.kind !== "user" || !actor.userId)
    throw forbidden("Only a signed-in user has an email to verify.");
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  return resend(user, actor, clientAddress);
}

/**
 * For a verification link that is used or expired: the link itself says whose it was, so
 * nobody types an address and nothing tells which addresses have accounts.
 */
export async function resendVerificationFromLink({
  input,
  clientAddress,
}: {
  input: unknown;
  clientAddress: string;
}): Promise<ResendVerificationResult> {
  const { token } = parseInput(tokenSchema, input);
  const db = await getDb();
  const [found] = await db
    .select({ user: users })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, "email_verification")));
  return resend(found?.user, visitorActor(found?.user.email ?? "visitor"), clientAddress);
}
