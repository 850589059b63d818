import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userSessions, type UserSession } from "@/db/schema";
import { now, nowMs } from "@/lib/clock";

type SessionState = Pick<UserSession, "id" | "createdOn" | "lastSeenOn" | "revokedOn">;

/**
 * A session opens the app while its row exists, has not been ended, and began after the
 * user's last password reset (`sessionsValidFrom`): whoever knew the old password is out.
 */
export function sessionIsLive<S extends SessionState>(
  session: S | null,
  sessionsValidFrom: Date | null,
): session is S {
  if (!session || session.revokedOn) return false;
  return !sessionsValidFrom || session.createdOn >= sessionsValidFrom;
}

const seenResolutionMs = 60_000;

/** Notes the session as used, at most once a minute, so reading pages does not write each time. */
export async function markSessionSeen(db: Executor, session: SessionState): Promise<void> {
  if (nowMs() - session.lastSeenOn.getTime() < seenResolutionMs) return;
  await db.update(userSessions).set({ lastSeenOn: now() }).where(eq(userSessions.id, session.id));
}
