import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { userSessions } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * Signing out: the session ends on the server, so a copy of its cookie opens nothing after.
 * Both ids come from the signed-out session's own token; a user can only end their own.
 */
export async function endSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  const db = await getDb();
  await db
    .update(userSessions)
    .set({ revokedOn: now() })
    .where(
      and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedOn)),
    );
}
