import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

/**
 * Nobody decides a request of their own organization: not its keys, not its members — and
 * not a platform admin who happens to be one of its members, whom the policy would otherwise
 * let decide anything.
 */
export async function assertNotOwnRequest(tx: Executor, actor: Actor, bundle: Bundle): Promise<void> {
  const refuse = () => forbidden("Nobody decides a request of their own organization.");
  if (actor.organizationId === bundle.organizationId) throw refuse();
  if (!actor.userId) return;
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, bundle.organizationId), eq(memberships.userId, actor.userId)));
  if (member) throw refuse();
}
