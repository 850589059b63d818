import "server-only";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { invitations, memberships, users } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { loadVisibleOrganization } from "@/lib/organizations/get-organization";
import type { MemberList } from "./schemas";

/** An organization's members and open invitations: its own people, or platform admins. */
export async function listMembers({
  actor,
  organizationId,
}: {
  actor: Actor;
  organizationId: string;
}): Promise<MemberList> {
  const db = await getDb();
  await loadVisibleOrganization(db, actor, organizationId);
  authorize(actor, "members.read");
  const [members, pending] = await Promise.all([
    db
      .select({ membership: memberships, user: users })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, organizationId))
      .orderBy(asc(users.email)),
    db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          isNull(invitations.acceptedOn),
          isNull(invitations.revokedOn),
          gt(invitations.expiresOn, new Date()),
        ),
      )
      .orderBy(asc(invitations.email)),
  ]);
  return {
    members: members.map(({ membership, user }) => ({
      membershipId: membership.id,
      userId: user.id,
      email: user.email,
      name: user.name,
      role: membership.role,
      userStatus: user.status,
      userChangeSequence: user.changeSequence,
      joinedOn: membership.createdOn.toISOString(),
    })),
    invitations: pending.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresOn: i.expiresOn.toISOString(),
      createdOn: i.createdOn.toISOString(),
    })),
  };
}
