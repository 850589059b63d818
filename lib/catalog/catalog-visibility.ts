import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { organizations, productGroups, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

/**
 * The catalog visibility rule, in one place: every catalog (the customers', the public
 * /explore, product reads and API lists) filters through these conditions.
 */

/**
 * A provider's catalog shows only while its organization is active: a suspended (or closed)
 * provider's products and groups drop out of every catalog until it is reactivated.
 */
const activeProvider = (column: PgColumn): SQL =>
  sql`exists (select 1 from ${organizations} where ${organizations.id} = ${column} and ${organizations.organizationStatus} = 'active')`;

/** What customers may see: published, active, not archived, offered to everyone, by an active provider. */
export const listed: SQL = and(
  eq(products.productStatus, "PUBLISHED"),
  eq(products.active, true),
  isNull(products.archivedOn),
  eq(products.publiclyAvailable, true),
  activeProvider(products.providerOrganizationId),
)!;

/** Platform admins see every product; a provider's own people their drafts too; everyone else what is listed. */
export function productsVisibleTo(actor: Actor): SQL | undefined {
  if (actor.platformAdmin) return undefined;
  return or(
    listed,
    actor.organizationId ? eq(products.providerOrganizationId, actor.organizationId) : undefined,
  );
}

/** Active groups of the platform or of active providers for everyone; inactive ones for those who run them. */
export function groupsVisibleTo(actor: Actor): SQL | undefined {
  if (actor.platformAdmin) return undefined;
  return or(
    and(
      eq(productGroups.active, true),
      or(isNull(productGroups.providerOrganizationId), activeProvider(productGroups.providerOrganizationId)),
    ),
    actor.organizationId ? eq(productGroups.providerOrganizationId, actor.organizationId) : undefined,
  );
}
