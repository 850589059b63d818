import type { MembershipRole } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { roleAllows, type Permission } from "./permissions";

/**
 * Who is acting, in which organization, with which role. Built by the front doors from the
 * session or the API key (never from a client-supplied field) and passed to every domain call.
 */
export interface Actor {
  kind: "user" | "api_key" | "system";
  /** The signed-in user; null for API keys and the system. */
  userId: string | null;
  apiKeyId: string | null;
  /** What the audit trail shows: an email, a key's name and prefix, or "system". */
  label: string;
  platformAdmin: boolean;
  /** The organization the actor acts in; null for platform keys and users outside any. */
  organizationId: string | null;
  role: MembershipRole | null;
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
    correlationId,
  };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.platformAdmin || roleAllows(actor.role, permission);
}

/** Throws 403 unless the actor holds the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}
