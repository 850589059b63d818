import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { preparedPerDatabase } from "@/db/prepared";
import { memberships, organizations, users, userSessions, type OrganizationStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { markSessionSeen, sessionIsLive } from "@/lib/sessions/live-session";

export interface SessionMembership {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  provider: boolean;
  organizationStatus: OrganizationStatus;
  role: Actor["role"] & string;
}

export interface SessionActor extends Actor {
  email: string;
  name: string;
  memberships: SessionMembership[];
  /** The membership the actor acts through, if any. */
  activeMembership: SessionMembership | null;
  /** The user_sessions row this request is signed in with (signing out ends it). */
  sessionId: string;
}

/**
 * One round trip: the user, their session (both by primary key) and each of their memberships
 * with its organization — one row per membership, or one row with none. Every page and server
 * action runs it, so it is built and planned once.
 */
const sessionActorRows = preparedPerDatabase((db) =>
  db
    .select({
      user: users,
      session: {
        id: userSessions.id,
        createdOn: userSessions.createdOn,
        lastSeenOn: userSessions.lastSeenOn,
        revokedOn: userSessions.revokedOn,
      },
      membership: {
        organizationId: memberships.organizationId,
        organizationName: organizations.name,
        organizationSlug: organizations.slug,
        provider: organizations.provider,
        organizationStatus: organizations.organizationStatus,
        role: memberships.role,
      },
    })
    .from(users)
    .leftJoin(
      userSessions,
      and(eq(userSessions.id, sql.placeholder("sessionId")), eq(userSessions.userId, users.id)),
    )
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(users.id, sql.placeholder("userId")))
    .orderBy(asc(organizations.name), asc(organizations.id))
    .prepare("session_actor"),
);

/**
 * Rebuilds a signed-in user's actor from the database on every request, so that a disabled
 * account or a changed role takes effect at once instead of when the session token expires.
 * `preferredOrganizationId` (the organization switcher's cookie) is honoured only if the user
 * is still a member of it. The session itself must be live too (lib/sessions/live-session.ts):
 * signing out, signing out everywhere and a password reset end it on the server.
 */
export async function loadSessionActor({
  userId,
  preferredOrganizationId,
  correlationId = null,
  sessionId,
}: {
  userId: string;
  preferredOrganizationId?: string | null;
  correlationId?: string | null;
  /** The session token's `sid`; a token without one (or with a stranger's) opens nothing. */
  sessionId: string | undefined;
}): Promise<SessionActor | null> {
  if (!z.uuid().safeParse(sessionId).success) return null;
  const db = await getDb();
  const found = await sessionActorRows(db).execute({ userId, sessionId });
  const first = found[0];
  if (!first || first.user.status !== "active") return null;
  const { user, session } = first;
  if (!sessionIsLive(session, user.sessionsValidFrom)) return null;
  await markSessionSeen(db, session);
  // A membership's organization always exists (a foreign key): with the one comes the other.
  const rows = found.flatMap(({ membership }) =>
    membership.organizationId ? [membership as SessionMembership] : [],
  );
  const active = rows.find((row) => row.organizationId === preferredOrganizationId) ?? rows[0];
  return {
    kind: "user",
    userId: user.id,
    apiKeyId: null,
    label: user.email,
    email: user.email,
    name: user.name,
    platformAdmin: user.platformAdmin,
    organizationId: active?.organizationId ?? null,
    role: active?.role ?? null,
    organizationStatus: active?.organizationStatus ?? null,
    emailVerified: user.emailVerifiedOn !== null,
    correlationId,
    memberships: rows,
    activeMembership: active ?? null,
    sessionId: session.id,
  };
}
