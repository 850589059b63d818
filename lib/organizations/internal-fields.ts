import type { Actor } from "@/lib/auth/actor";

/**
 * The platform's own bookkeeping on an organization: its id in the billing system, its auth
 * group, the feature and property maps the platform reads, and the private-templates default.
 * A customer has nothing to decide there, so only platform admins see and edit them; the
 * settings and organization pages ask this function rather than check a role themselves.
 */
export function seesInternalOrganizationFields(actor: Actor): boolean {
  return actor.platformAdmin;
}
