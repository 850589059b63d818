import "server-only";
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { bundles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

/**
 * The bundles a list may show (wallis: "for a provider organization, all bundles that contain
 * the offered products; for a consumer organization, all bundles created by that
 * organization"). A provider never sees a customer's draft. Platform admins acting from no
 * organization see all; with an organization (a platform key's `organization-id`), its view.
 */
export function bundleScope(actor: Actor): SQL | undefined {
  const organizationId = actor.organizationId;
  if (!organizationId) return actor.platformAdmin ? undefined : sql`false`;
  if (!actor.platformAdmin && !actor.role) return sql`false`;
  return or(
    eq(bundles.organizationId, organizationId),
    and(eq(bundles.providerOrganizationId, organizationId), ne(bundles.contractStatus, "DRAFT")),
  );
}
