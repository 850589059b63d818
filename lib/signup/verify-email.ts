import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { visitorActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/validation";
import { consumeToken } from "./consume-token";
import { markEmailVerified } from "./mark-email-verified";
import { tokenSchema } from "./schemas";

/**
 * Confirms a user's email from the emailed link and activates the organizations they own
 * that were waiting for it. Answers the email, so the page can offer to sign in.
 */
export async function verifyEmail({ input }: { input: unknown }): Promise<{ email: string }> {
  const { token } = parseInput(tokenSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, token, "email_verification");
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId));
    const actor = visitorActor(user!.email);
    await markEmailVerified(tx, actor, used.userId);
    await recordAuditEvent(tx, actor, {
      action: "user.verify_email",
      objectType: "user",
      objectId: used.userId,
    });
    return { email: user!.email };
  });
}
