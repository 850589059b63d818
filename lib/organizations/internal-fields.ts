import type { Actor } from "@/lib/auth/actor";

/**
 * The platform's own bookkeeping on an organization: its id in the billing system, its auth
 * group, the feature and property maps the platform reads, and the private-templates default.
 * A customer has nothing to decide there, so only platform admins edit them (and see them in
 * the settings forms). The pages and the domain both ask this function — the pages to hide the
 * fields, `updateOrganization` and `insertOrganization` to refuse a change — so the rule lives
 * here only. The API still answers them to everyone who may read the organization: Kodexa's
 * clients expect the full shape and PUT back what they GOT, which must keep working.
 */
export function seesInternalOrganizationFields(actor: Actor): boolean {
  return actor.platformAdmin;
}
