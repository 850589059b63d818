import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { memberships, organizations, users } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/validation";
import { consumeToken } from "./consume-token";
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
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedOn: new Date() })
      .where(eq(users.id, used.userId))
      .returning();
    const actor = { ...systemActor(), label: user!.email };
    const owned = tx
      .select({ id: memberships.organizationId })
      .from(memberships)
      .where(and(eq(memberships.userId, used.userId), eq(memberships.role, "owner")));
    const activated = await tx
      .update(organizations)
      .set({ organizationStatus: "active", updatedOn: new Date() })
      .where(
        and(inArray(organizations.id, owned), eq(organizations.organizationStatus, "pending_verification")),
      )
      .returning({ id: organizations.id });
    await recordAuditEvent(tx, actor, {
      action: "user.verify_email",
      objectType: "user",
      objectId: used.userId,
    });
    for (const { id } of activated) {
      await recordAuditEvent(tx, actor, {
        action: "organization.activate",
        objectType: "organization",
        objectId: id,
        organizationId: id,
        before: { organizationStatus: "pending_verification" },
        after: { organizationStatus: "active" },
      });
    }
    return { email: user!.email };
  });
}
