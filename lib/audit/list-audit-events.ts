import "server-only";
import { and, desc, eq, gte, ilike, like, lt, lte, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { auditEvents, organizations, type AuditEvent } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { decodeDateCursor, encodeCursor } from "@/lib/keyset-cursor";
import { parseInput } from "@/lib/validation";
import { auditFilterSchema, type AuditEventPage, type AuditEventView } from "./schemas";
import { containing, escapeLike } from "@/lib/sql-like";

function present(row: AuditEvent, organizationName: string | null): AuditEventView {
  return {
    id: row.id,
    occurredOn: row.occurredOn.toISOString(),
    organizationId: row.organizationId,
    organizationName,
    actorType: row.actorType,
    actorLabel: row.actorLabel,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    before: row.before,
    after: row.after,
    correlationId: row.correlationId,
  };
}

/**
 * The audit trail, newest first, in keyset pages. Organization managers see their own
 * organization's events; platform admins see everything, or one organization's.
 */
export async function listAuditEvents({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): Promise<AuditEventPage> {
  const f = parseInput(auditFilterSchema, filter);
  const conditions: (SQL | undefined)[] = [];
  // Platform admins read the platform's own trail whole; one organization's trail is that
  // organization's data, opened under its support-access grant like any other.
  if (actor.platformAdmin && !f.organizationId) authorize(actor, "platform.audit.read");
  else
    conditions.push(
      eq(auditEvents.organizationId, await organizationScope(actor, "audit.read", f.organizationId)),
    );
  if (f.action) {
    conditions.push(
      f.action.endsWith(".")
        ? like(auditEvents.action, `${escapeLike(f.action)}%`)
        : eq(auditEvents.action, f.action),
    );
  }
  if (f.objectType) conditions.push(eq(auditEvents.objectType, f.objectType));
  if (f.objectId) conditions.push(eq(auditEvents.objectId, f.objectId));
  if (f.actor) conditions.push(ilike(auditEvents.actorLabel, containing(f.actor)));
  if (f.from) conditions.push(gte(auditEvents.occurredOn, new Date(f.from)));
  if (f.to) conditions.push(lte(auditEvents.occurredOn, new Date(f.to)));
  if (f.cursor) {
    const { at, id } = decodeDateCursor(f.cursor);
    conditions.push(
      or(lt(auditEvents.occurredOn, at), and(eq(auditEvents.occurredOn, at), lt(auditEvents.id, id))),
    );
  }

  const db = await getDb();
  const rows = await db
    .select({ event: auditEvents, organizationName: organizations.name })
    .from(auditEvents)
    .leftJoin(organizations, eq(organizations.id, auditEvents.organizationId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredOn), desc(auditEvents.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => present(row.event, row.organizationName)),
    nextCursor:
      rows.length > f.limit && last
        ? encodeCursor({ value: last.event.occurredOn.toISOString(), id: last.event.id })
        : null,
  };
}
