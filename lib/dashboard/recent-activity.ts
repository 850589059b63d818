import "server-only";
import type { Executor } from "@/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { auditEventNames } from "@/lib/audit/audit-event-names";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export interface ActivityItem {
  id: string;
  occurredOn: string;
  sentence: string;
}

/**
 * The latest audit events the actor may read, each as a sentence with names instead of ids;
 * null for someone whose role does not read the audit trail (the dashboard leaves it out).
 */
export async function recentActivity({
  actor,
  db,
  limit = 8,
}: {
  actor: Actor;
  db?: Executor;
  limit?: number;
}): Promise<ActivityItem[] | null> {
  if (!can(actor, "audit.read")) return null;
  const { items } = await listAuditEvents({ actor, filter: { limit } });
  const namesOf = await auditEventNames(items, db);
  return items.map((event) => ({
    id: event.id,
    occurredOn: event.occurredOn,
    sentence: describeAuditEvent(event.action, namesOf(event)),
  }));
}
