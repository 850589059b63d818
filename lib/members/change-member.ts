import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { memberships, type Membership } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { loadVisibleOrganization } from "@/lib/organizations/get-organization";
import { parseInput } from "@/lib/validation";
import { assertMayAssign, assertNotLastOwner } from "./owner-rules";
import { changeRoleSchema } from "./schemas";

async function loadMembership(
  tx: Executor,
  organizationId: string,
  membershipId: string,
): Promise<Membership> {
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId)));
  if (!membership) throw notFound("member");
  return membership;
}

/** Changes a member's role; owners alone make or unmake owners, and the last owner stays. */
export async function changeMemberRole({
  actor,
  organizationId,
  membershipId,
  input,
}: {
  actor: Actor;
  organizationId: string;
  membershipId: string;
  input: unknown;
}): Promise<void> {
  const { role } = parseInput(changeRoleSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    authorize(actor, "members.manage", await loadVisibleOrganization(tx, actor, organizationId));
    const before = await loadMembership(tx, organizationId, membershipId);
    if (before.role === role) return;
    assertMayAssign(actor, before.role, role);
    await assertNotLastOwner(tx, organizationId, before.role);
    await tx
      .update(memberships)
      .set({ role, updatedOn: new Date(), changeSequence: before.changeSequence + 1 })
      .where(eq(memberships.id, membershipId));
    await recordAuditEvent(tx, actor, {
      action: "membership.change_role",
      objectType: "membership",
      objectId: membershipId,
      organizationId,
      before: { userId: before.userId, role: before.role },
      after: { userId: before.userId, role },
    });
  });
}

/** Removes a member, or lets a member leave (removing themselves needs no manager rights). */
export async function removeMember({
  actor,
  organizationId,
  membershipId,
}: {
  actor: Actor;
  organizationId: string;
  membershipId: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const organization = await loadVisibleOrganization(tx, actor, organizationId);
    const membership = await loadMembership(tx, organizationId, membershipId);
    const leaving = membership.userId === actor.userId;
    authorize(actor, leaving ? "members.leave" : "members.manage", organization);
    if (!leaving) assertMayAssign(actor, membership.role);
    await assertNotLastOwner(tx, organizationId, membership.role);
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await recordAuditEvent(tx, actor, {
      action: leaving ? "membership.leave" : "membership.remove",
      objectType: "membership",
      objectId: membershipId,
      organizationId,
      before: { userId: membership.userId, role: membership.role },
    });
  });
}
