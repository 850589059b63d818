import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/db/open";
import { userSessions } from "@/db/schema";
import { now } from "@/lib/clock";

/** How long a session lasts after sign-in; Auth.js's token expires at the same moment. */
export const sessionMaxAgeSeconds = 12 * 60 * 60;

const maxUserAgentLength = 300;

/**
 * Records a sign-in and answers the session id the token will carry as `sid`. The user's
 * sessions that have expired anyway are dropped here, so the table stays the size of the
 * sessions that could still be used.
 */
export async function startSession({
  userId,
  userAgent,
  address,
}: {
  userId: string;
  userAgent: string | null;
  address: string | null;
}): Promise<string> {
  const db = await getDb();
  const startedOn = now();
  const expiredBefore = new Date(startedOn.getTime() - sessionMaxAgeSeconds * 1000);
  await db
    .delete(userSessions)
    .where(and(eq(userSessions.userId, userId), lt(userSessions.createdOn, expiredBefore)));
  const [session] = await db
    .insert(userSessions)
    .values({
      userId,
      createdOn: startedOn,
      lastSeenOn: startedOn,
      userAgent: userAgent?.slice(0, maxUserAgentLength) ?? null,
      address,
    })
    .returning({ id: userSessions.id });
  return session!.id;
}
