import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { userSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { forbidden } from "@/lib/errors";

/**
 * "Sign out everywhere": ends every session of the signed-in user, the current one too —
 * for a lost laptop or a shared computer. Recorded in the audit trail with the count.
 */
export async function endAllSessions({ actor }: { actor: Actor }): Promise<{ ended: number }> {
  const userId = actor.kind === "user" ? actor.userId : null;
  if (!userId) throw forbidden("Only a signed-in user can sign out their sessions.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ revokedOn: now() })
      .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedOn)))
      .returning({ id: userSessions.id });
    await recordAuditEvent(tx, actor, {
      action: "user.sign_out_everywhere",
      objectType: "user",
      objectId: userId,
      after: { sessionsEnded: ended.length },
    });
    return { ended: ended.length };
  });
}
