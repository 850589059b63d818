import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authTokens, type User } from "@/db/schema";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { nowMs, now } from "@/lib/clock";
import type { EmailMessage } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";

const verificationLifetimeMs = 24 * 60 * 60_000;

/**
 * A fresh verification link for the user, in the caller's transaction: every link sent
 * before stops working, so only the newest email counts. Answers the email to queue.
 */
export async function newVerificationEmail(
  tx: Executor,
  user: Pick<User, "id" | "email" | "name">,
): Promise<EmailMessage> {
  await tx
    .update(authTokens)
    .set({ usedOn: now() })
    .where(
      and(
        eq(authTokens.userId, user.id),
        eq(authTokens.purpose, "email_verification"),
        isNull(authTokens.usedOn),
      ),
    );
  const { token, hash } = newOneTimeToken();
  await tx.insert(authTokens).values({
    userId: user.id,
    purpose: "email_verification",
    tokenHash: hash,
    expiresOn: new Date(nowMs() + verificationLifetimeMs),
  });
  return emails.verifyEmail(user.email, user.name, await publicUrl(`/verify-email?token=${token}`));
}
