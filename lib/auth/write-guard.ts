import type { OrganizationStatus } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import type { Actor } from "./actor";
import { isPlatformPermission, isWritePermission, type Permission } from "./permissions";

/** The organization a write changes, as the caller read it (in the write's transaction where it can). */
export interface WriteTarget {
  organizationStatus: OrganizationStatus;
}

/**
 * What may still be written for an organization that is not active: the status change that
 * reactivates it (a platform admin's). Everything else waits until it is active again.
 */
export const reactivationPermissions: ReadonlySet<Permission> = new Set<Permission>([
  "platform.organizations.manage",
]);

export const unverifiedRefusal =
  "Verify your email address first: follow the link we sent you, or ask for a new one.";

const statusRefusals = {
  pending_verification:
    "This organization is waiting for its owner to verify their email address: nothing in it can change until then.",
  suspended:
    "This organization is suspended: it can be looked at, but nothing in it can change until it is reactivated.",
  closed: "This organization is closed: nothing in it can change.",
} satisfies Record<Exclude<OrganizationStatus, "active">, string>;

/** Why nothing may be written for an organization in this state, or null while it is active. */
export function organizationRefusal(status: OrganizationStatus): string | null {
  return status === "active" ? null : statusRefusals[status];
}

/**
 * Why this write must be refused, or null. `organization` is the one the write changes:
 * left out, it is the actor's own (for organization permissions); null means none (a
 * platform-wide write, such as a platform key or a platform product group).
 */
export function writeRefusal(
  actor: Actor,
  permission: Permission,
  organization?: WriteTarget | null,
): string | null {
  if (!isWritePermission(permission)) return null;
  if (!actor.emailVerified) return unverifiedRefusal;
  if (reactivationPermissions.has(permission)) return null;
  const status =
    organization !== undefined
      ? (organization?.organizationStatus ?? null)
      : isPlatformPermission(permission)
        ? null
        : actor.organizationStatus;
  return status ? organizationRefusal(status) : null;
}

/**
 * The one guard every write passes (through `authorize`, `organizationScope` and the catalog's
 * write scope): until their email is verified a user writes nothing, and a pending, suspended
 * or closed organization has nothing written for it — by its own people, its API keys, or a
 * platform admin acting on its behalf — but its reactivation.
 */
export function assertMayWrite(
  actor: Actor,
  permission: Permission,
  organization?: WriteTarget | null,
): void {
  const refusal = writeRefusal(actor, permission, organization);
  if (refusal) throw forbidden(refusal);
}
