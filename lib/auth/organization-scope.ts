import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, type Organization } from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import { assertSupportAccess } from "@/lib/organizations/support-access";
import { isUuid } from "@/lib/validation";
import { can, type Actor } from "./actor";
import { isWritePermission, type Permission } from "./permissions";
import { assertMayWrite } from "./write-guard";

async function storedOrganization(id: string, executor?: Executor): Promise<Organization> {
  if (!isUuid(id)) throw notFound("organization");
  const db = executor ?? (await getDb());
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!organization) throw notFound("organization");
  return organization;
}

/**
 * The organization an organization-scoped call works in, with the permission checked and, for
 * a write, the write guard (lib/auth/write-guard.ts) applied to the organization as it is
 * stored now. Everyone but platform admins always gets their own, whatever the client sent.
 * Platform admins may name another organization, under that organization's support-access
 * grant, and write for it only while it is active.
 */
export async function organizationScope(
  actor: Actor,
  permission: Permission,
  requested?: string | null,
  executor?: Executor,
): Promise<string> {
  if (!can(actor, permission)) throw forbidden();
  if (actor.platformAdmin && requested && requested !== actor.organizationId) {
    const organization = await storedOrganization(requested, executor);
    assertMayWrite(actor, permission, organization);
    await assertSupportAccess(actor, organization, permission, executor);
    return requested;
  }
  if (!actor.organizationId) throw forbidden("This needs an organization: act from one of yours.");
  if (isWritePermission(permission)) {
    assertMayWrite(actor, permission, await storedOrganization(actor.organizationId, executor));
  }
  return actor.organizationId;
}
