import type { MembershipRole, OrganizationStatus } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { roleAllows, type Permission } from "./permissions";
import { assertMayWrite, type WriteTarget } from "./write-guard";

/**
 * Who is acting, in which organization, with which role. Built by the front doors from the
 * session or the API key (never from a client-supplied field) and passed to every domain call.
 */
export interface Actor {
  kind: "user" | "api_key" | "system" | "visitor";
  /** The signed-in user; null for API keys and the system. */
  userId: string | null;
  apiKeyId: string | null;
  /** What the audit trail shows: an email, a key's name and prefix, or "system". */
  label: string;
  platformAdmin: boolean;
  /** The organization the actor acts in; null for platform keys and users outside any. */
  organizationId: string | null;
  role: MembershipRole | null;
  /** The status of the organization the actor acts in; null when it acts in none. */
  organizationStatus: OrganizationStatus | null;
  /** Whether the signed-in user has proved their email; keys and the system count as verified. */
  emailVerified: boolean;
  correlationId: string | null;
}

/** The CLI and start-up scripts act as the system, which is a platform admin. */
export function systemActor(correlationId: string | null = null): Actor {
  return {
    kind: "system",
    userId: null,
    apiKeyId: null,
    label: "system",
    platformAdmin: true,
    organizationId: null,
    role: null,
    organizationStatus: null,
    emailVerified: true,
    correlationId,
  };
}

/**
 * Someone not signed in who signs up, accepts an invitation, verifies an email or resets a
 * password. They hold no permission at all: the writes such an operation needs are done by the
 * operation itself (it checked the emailed token or the sign-up limits), so an all-powerful
 * actor is never lent out. `label` names them in the audit trail (the email they gave).
 */
export function visitorActor(label: string, correlationId: string | null = null): Actor {
  return {
    kind: "visitor",
    userId: null,
    apiKeyId: null,
    label,
    platformAdmin: false,
    organizationId: null,
    role: null,
    organizationStatus: null,
    emailVerified: false,
    correlationId,
  };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.platformAdmin || roleAllows(actor.role, permission);
}

/**
 * Throws 403 unless the actor holds the permission and, for a write, passes the write guard
 * (lib/auth/write-guard.ts). `organization` is the one the write changes when it is not the
 * actor's own — a platform admin acting for another — or null for a platform-wide write.
 */
export function authorize(actor: Actor, permission: Permission, organization?: WriteTarget | null): void {
  if (!can(actor, permission)) throw forbidden();
  assertMayWrite(actor, permission, organization);
}
