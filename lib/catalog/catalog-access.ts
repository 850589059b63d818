import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, type Product } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError, forbidden } from "@/lib/errors";

/**
 * The provider a catalog write acts for. A provider's owners and admins always act for their
 * own organization; platform admins name one (or none, for platform-wide product groups).
 */
export async function catalogProviderScope(
  tx: Executor,
  actor: Actor,
  requested: string | null | undefined,
  { required }: { required: boolean },
): Promise<string | null> {
  if (actor.platformAdmin) {
    if (!requested) {
      if (required) {
        throw new AppError("invalid_input", "Name the provider organization.", {
          invalidFields: [{ name: "providerOrganizationId", reason: "is required" }],
        });
      }
      return null;
    }
    const [provider] = await tx.select().from(organizations).where(eq(organizations.id, requested));
    if (!provider?.provider) {
      throw new AppError("invalid_input", "That organization is not a provider.", {
        invalidFields: [{ name: "providerOrganizationId", reason: "is not a provider organization" }],
      });
    }
    return requested;
  }
  if (!can(actor, "catalog.manage") || !actor.organizationId) throw forbidden();
  const [own] = await tx.select().from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!own?.provider) throw forbidden("Only provider organizations publish to the catalog.");
  return actor.organizationId;
}

/** Whether the actor runs this provider's catalog (platform admins run every one). */
export function managesProvider(actor: Actor, providerOrganizationId: string | null): boolean {
  if (actor.platformAdmin) return true;
  return (
    providerOrganizationId !== null &&
    actor.organizationId === providerOrganizationId &&
    can(actor, "catalog.manage")
  );
}

/** What customers may see: published, active, not archived, offered to everyone. */
export function isListed(product: Product): boolean {
  return (
    product.productStatus === "PUBLISHED" &&
    product.active &&
    !product.archivedOn &&
    product.publiclyAvailable
  );
}

/** The provider's own people see their drafts; everyone else only what is listed. */
export function canSeeProduct(actor: Actor, product: Product): boolean {
  return isListed(product) || actor.platformAdmin || actor.organizationId === product.providerOrganizationId;
}

/** For pages: whether to show the catalog editor (the domain checks again on every write). */
export function runsCatalog(actor: Actor & { activeMembership: { provider: boolean } | null }): boolean {
  return actor.platformAdmin || (actor.activeMembership?.provider === true && can(actor, "catalog.manage"));
}
