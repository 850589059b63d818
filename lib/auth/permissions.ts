import type { MembershipRole } from "@/db/schema";

export const membershipRoles = [
  "owner",
  "admin",
  "approver",
  "member",
] as const satisfies readonly MembershipRole[];

const everyone = membershipRoles;
const managers = ["owner", "admin"] as const;

/**
 * Who may do what inside an organization: the one table every domain function consults.
 * Platform admins may do everything; actions with an empty list are theirs alone.
 */
export const permissions = {
  "organization.read": everyone,
  "organization.update": managers,
  "members.read": everyone,
  "members.manage": managers,
  /** Leaving an organization: a member's own choice, still a write (see isWritePermission). */
  "members.leave": everyone,
  "apiKeys.read": managers,
  "apiKeys.manage": managers,
  "audit.read": managers,
  "catalog.read": everyone,
  "catalog.manage": managers,
  "subscriptions.read": everyone,
  "subscriptions.manage": managers,
  "approvals.decide": ["owner", "admin", "approver"],
  "platform.users.manage": [],
  "platform.organizations.manage": [],
  "platform.apiKeys.manage": [],
  "platform.audit.read": [],
  "platform.outbox.read": [],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof permissions;

/**
 * Reads change nothing; every other permission is a write, and every write passes the write
 * guard (lib/auth/write-guard.ts). Deriving it from the name means a new permission cannot be
 * left out of the guard by forgetting to mark it.
 */
export function isWritePermission(permission: Permission): boolean {
  return !permission.endsWith(".read");
}

/** Platform permissions act on the platform, not on the actor's own organization. */
export function isPlatformPermission(permission: Permission): boolean {
  return permission.startsWith("platform.");
}

export function roleAllows(role: MembershipRole | null, permission: Permission): boolean {
  if (!role) return false;
  return (permissions[permission] as readonly MembershipRole[]).includes(role);
}
