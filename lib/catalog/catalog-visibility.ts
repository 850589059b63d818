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

/** What the listing rule looks at, for one product already loaded. */
export interface ListingFacts {
  productStatus: "DRAFT" | "PUBLISHED";
  active: boolean;
  archived: boolean;
  publiclyAvailable: boolean;
  providerActive: boolean;
}

export type ListingCondition =
  "published" | "active" | "notArchived" | "publiclyAvailable" | "providerActive";

/**
 * Each condition of being listed, as SQL for the catalogs' queries and as a test on a loaded
 * product for the product page's visibility panel: one table, so the two cannot drift apart.
 */
const listingConditions: {
  condition: ListingCondition;
  where: SQL;
  holds: (facts: ListingFacts) => boolean;
}[] = [
  {
    condition: "published",
    where: eq(products.productStatus, "PUBLISHED"),
    holds: (f) => f.productStatus === "PUBLISHED",
  },
  { condition: "active", where: eq(products.active, true), holds: (f) => f.active },
  { condition: "notArchived", where: isNull(products.archivedOn), holds: (f) => !f.archived },
  {
    condition: "publiclyAvailable",
    where: eq(products.publiclyAvailable, true),
    holds: (f) => f.publiclyAvailable,
  },
  {
    condition: "providerActive",
    where: activeProvider(products.providerOrganizationId),
    holds: (f) => f.providerActive,
  },
];

/** What customers may see: published, active, not archived, offered to everyone, by an active provider. */
export const listed: SQL = and(...listingConditions.map((c) => c.where))!;

/** The conditions of `listed` this product does not meet, in the table's order; empty when listed. */
export function missingListingConditions(facts: ListingFacts): ListingCondition[] {
  return listingConditions.filter((c) => !c.holds(facts)).map((c) => c.condition);
}

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
