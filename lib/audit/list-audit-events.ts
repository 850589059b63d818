import "server-only";
import { and, asc, desc, eq, gte, ilike, like, lte, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { auditEvents, organizations, type AuditEvent } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { afterDateCursor, keysetPage } from "@/lib/keyset-cursor";
import { listTotal, type ListTotal } from "@/lib/list-total";
import { parseInput } from "@/lib/validation";
import {
  auditFilterSchema,
  auditListQuerySchema,
  type AuditEventPage,
  type AuditEventView,
  type AuditFilter,
} from "./schemas";
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
 * The events the actor may read that match the filters. Organization managers see their own
 * organization's; platform admins see everything, or one organization's.
 */
async function auditConditions(actor: Actor, f: AuditFilter): Promise<SQL | undefined> {
  // Platform admins read the platform's own trail whole; one organization's trail is that
  // organization's data, opened under its support-access grant like any other.
  let scope: SQL | undefined;
  if (actor.platformAdmin && !f.organizationId) authorize(actor, "platform.audit.read");
  else scope = eq(auditEvents.organizationId, await organizationScope(actor, "audit.read", f.organizationId));
  return and(
    scope,
    f.action
      ? f.action.endsWith(".")
        ? like(auditEvents.action, `${escapeLike(f.action)}%`)
        : eq(auditEvents.action, f.action)
      : undefined,
    f.objectType ? eq(auditEvents.objectType, f.objectType) : undefined,
    f.objectId ? eq(auditEvents.objectId, f.objectId) : undefined,
    f.actor ? ilike(auditEvents.actorLabel, containing(f.actor)) : undefined,
    f.from ? gte(auditEvents.occurredOn, new Date(f.from)) : undefined,
    f.to ? lte(auditEvents.occurredOn, new Date(f.to)) : undefined,
  );
}

/** The audit trail, newest first (or oldest first), in keyset pages. */
export async function listAuditEvents({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<AuditEventPage> {
  const q = parseInput(auditListQuerySchema, query);
  const order = q.direction === "asc" ? asc : desc;
  const where = and(
    await auditConditions(actor, q),
    q.cursor
      ? afterDateCursor(q.cursor, { at: auditEvents.occurredOn, id: auditEvents.id }, q.direction)
      : undefined,
  );
  const db = await getDb();
  const rows = await db
    .select({ event: auditEvents, organizationName: organizations.name })
    .from(auditEvents)
    .leftJoin(organizations, eq(organizations.id, auditEvents.organizationId))
    .where(where)
    .orderBy(order(auditEvents.occurredOn), order(auditEvents.id))
    .limit(q.limit + 1);
  const { page, nextCursor } = keysetPage(rows, q.limit, ({ event }) => ({
    value: event.occurredOn.toISOString(),
    id: event.id,
  }));
  return { items: page.map((row) => present(row.event, row.organizationName)), nextCursor };
}

/** How many events match the filters (the log's "1–20 of N"), estimated above 10,000. */
export async function countAuditEvents({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): Promise<ListTotal> {
  const where = await auditConditions(actor, parseInput(auditFilterSchema, filter));
  const db = await getDb();
  return listTotal(db, db.select({ id: auditEvents.id }).from(auditEvents).where(where));
}
