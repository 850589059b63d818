import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/auth/actor";
import { AppError, forbidden } from "@/lib/errors";

/**
 * The provider a catalog write acts for, with the write guard (lib/auth/write-guard.ts) applied
 * to it. A provider's owners and admins always act for their own organization; platform admins
 * name one (or none, for platform-wide product groups).
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
      authorize(actor, "catalog.manage", null);
      return null;
    }
    const [provider] = await tx.select().from(organizations).where(eq(organizations.id, requested));
    if (!provider?.provider) {
      throw new AppError("invalid_input", "That organization is not a provider.", {
        invalidFields: [{ name: "providerOrganizationId", reason: "is not a provider organization" }],
      });
    }
    authorize(actor, "catalog.manage", provider);
    return requested;
  }
  if (!can(actor, "catalog.manage") || !actor.organizationId) throw forbidden();
  const [own] = await tx.select().from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!own?.provider) throw forbidden("Only provider organizations publish to the catalog.");
  authorize(actor, "catalog.manage", own);
  return actor.organizationId;
}

export const productRefusal = "Only the provider that offers this product may change it.";

/**
 * For a change to something a provider runs (a product, its plans, a group, its terms): the
 * actor runs that provider's catalog, and the write guard lets the write through for the
 * provider as it is stored now — a suspended provider's catalog stays as it is, even for
 * platform admins, until it is reactivated.
 */
export async function authorizeCatalogWrite(
  tx: Executor,
  actor: Actor,
  providerOrganizationId: string | null,
  refusal: string,
): Promise<void> {
  if (!managesProvider(actor, providerOrganizationId)) throw forbidden(refusal);
  const [provider] = providerOrganizationId
    ? await tx
        .select({ organizationStatus: organizations.organizationStatus })
        .from(organizations)
        .where(eq(organizations.id, providerOrganizationId))
    : [];
  authorize(actor, "catalog.manage", provider ?? null);
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

/** For pages: whether to show the catalog editor (the domain checks again on every write). */
export function runsCatalog(actor: Actor & { activeMembership: { provider: boolean } | null }): boolean {
  return actor.platformAdmin || (actor.activeMembership?.provider === true && can(actor, "catalog.manage"));
}
