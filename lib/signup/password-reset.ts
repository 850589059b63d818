import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { authTokens, users } from "@/db/schema";
import { visitorActor } from "@/lib/auth/actor";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";
import { limitPasswordReset } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/users/password";
import { parseInput } from "@/lib/validation";
import { consumeToken } from "./consume-token";
import { markEmailVerified } from "./mark-email-verified";
import { passwordResetRequestSchema, passwordResetSchema } from "./schemas";

const resetLifetimeMs = 60 * 60_000;

/** Mails a reset link to an active account; answers the same whether or not one exists. */
export async function requestPasswordReset({
  input,
  clientAddress,
}: {
  input: unknown;
  clientAddress: string;
}) {
  const { email } = parseInput(passwordResetRequestSchema, input);
  await limitPasswordReset(clientAddress, email);
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user || user.status !== "active") return [];
    const { token, hash } = newOneTimeToken();
    await tx.insert(authTokens).values({
      userId: user.id,
      purpose: "password_reset",
      tokenHash: hash,
      expiresOn: new Date(Date.now() + resetLifetimeMs),
    });
    return [
      await queueEmail(
        tx,
        emails.passwordReset(user.email, await publicUrl(`/reset-password?token=${token}`)),
      ),
    ];
  });
  await deliverEmails(queued);
  return { status: "reset_sent" as const };
}

/**
 * Sets a new password from a reset link. Proves the mailbox too, so the email counts as
 * verified; every other outstanding reset link of the user stops working, and so does every
 * session signed in before.
 */
export async function resetPassword({ input }: { input: unknown }): Promise<{ email: string }> {
  const data = parseInput(passwordResetSchema, input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, data.token, "password_reset");
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId));
    await tx
      .update(users)
      // Every session signed in with the old password ends: whoever knew it is out.
      .set({
        passwordHash,
        sessionsValidFrom: new Date(),
        updatedOn: new Date(),
      })
      .where(eq(users.id, used.userId));
    await tx
      .update(authTokens)
      .set({ usedOn: new Date() })
      .where(
        and(
          eq(authTokens.userId, used.userId),
          eq(authTokens.purpose, "password_reset"),
          isNull(authTokens.usedOn),
        ),
      );
    const actor = visitorActor(user!.email);
    await markEmailVerified(tx, actor, used.userId);
    await recordAuditEvent(tx, actor, {
      action: "user.reset_password",
      objectType: "user",
      objectId: used.userId,
    });
    return { email: user!.email };
  });
}
