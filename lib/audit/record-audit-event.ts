import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields that must never reach the audit trail, whatever object is recorded. */
const secretFields = new Set(["passwordHash", "secretHash", "tokenHash", "key", "password"]);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (name, field: unknown) => (secretFields.has(name) ? undefined : field)),
  );
}

/**
 * Appends an audit event. Call it with the transaction that makes the change, so the change
 * and its record commit or roll back together.
 */
export async function recordAuditEvent(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: entry.organizationId ?? null,
    actorType: actor.kind,
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    actorLabel: actor.label,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    correlationId: actor.correlationId,
  });
}
