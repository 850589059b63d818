import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, type Organization } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { presentOrganization } from "./present-organization";
import type { OrganizationView } from "./schemas";

/**
 * An organization the actor may see: their own, or any for platform admins. Every other id
 * answers exactly like a missing one.
 */
export async function loadVisibleOrganization(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<Organization> {
  const visible =
    can(actor, "platform.organizations.manage") ||
    (actor.organizationId === id && can(actor, "organization.read"));
  if (!visible || !isUuid(id)) throw notFound("organization");
  const [organization] = await executor.select().from(organizations).where(eq(organizations.id, id));
  if (!organization) throw notFound("organization");
  return organization;
}

export async function getOrganization({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<OrganizationView> {
  return presentOrganization(await loadVisibleOrganization(await getDb(), actor, id));
}
