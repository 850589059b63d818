import "server-only";
import type { Executor } from "@/db/client";
import { forbidden } from "@/lib/errors";
import { assertSupportAccess } from "@/lib/organizations/support-access";
import { authorize, type Actor } from "./actor";
import type { Permission } from "./permissions";

/**
 * The organization an organization-scoped call works in, with the permission checked.
 * Everyone but platform admins always gets their own, whatever the client sent. Platform
 * admins may name another organization, under that organization's support-access grant.
 */
export async function organizationScope(
  actor: Actor,
  permission: Permission,
  requested?: string | null,
  executor?: Executor,
): Promise<string> {
  authorize(actor, permission);
  if (actor.platformAdmin && requested && requested !== actor.organizationId) {
    await assertSupportAccess(actor, requested, permission, executor);
    return requested;
  }
  if (!actor.organizationId) throw forbidden("This needs an organization: act from one of yours.");
  return actor.organizationId;
}
