import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { memberships, organizations, users, type OrganizationStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

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
}

/**
 * Rebuilds a signed-in user's actor from the database on every request, so that a disabled
 * account or a changed role takes effect at once instead of when the session token expires.
 * `preferredOrganizationId` (the organization switcher's cookie) is honoured only if the user
 * is still a member of it.
 */
export async function loadSessionActor({
  userId,
  preferredOrganizationId,
  correlationId = null,
  issuedAt,
}: {
  userId: string;
  preferredOrganizationId?: string | null;
  correlationId?: string | null;
  /** When the user signed in, in ms since the epoch: a session from before a password change is refused. */
  issuedAt?: number;
}): Promise<SessionActor | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.status !== "active") return null;
  if (user.sessionsValidFrom && (issuedAt === undefined || issuedAt < user.sessionsValidFrom.getTime()))
    return null;
  const rows = await db
    .select({
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      provider: organizations.provider,
      organizationStatus: organizations.organizationStatus,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
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
    correlationId,
    memberships: rows,
    activeMembership: active ?? null,
  };
}
