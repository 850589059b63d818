import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, organizations, users, type User } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";

/**
 * Records that a user proved their mailbox — by a verification, password-reset or invitation
 * link — and activates the organizations they own that were waiting for it, audited, in the
 * caller's transaction. Every proof does both, so no verified owner is left with a pending
 * organization and no link to activate it.
 */
export async function markEmailVerified(tx: Executor, actor: Actor, userId: string): Promise<User> {
  // The first proof's moment stays: a later link changes nothing about it.
  await tx
    .update(users)
    .set({ emailVerifiedOn: now() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedOn)));
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  const owned = tx
    .select({ id: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "owner")));
  const activated = await tx
    .update(organizations)
    .set({ organizationStatus: "active", updatedOn: now() })
    .where(
      and(inArray(organizations.id, owned), eq(organizations.organizationStatus, "pending_verification")),
    )
    .returning({ id: organizations.id });
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
  return user!;
}
