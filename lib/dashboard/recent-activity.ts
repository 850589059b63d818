import "server-only";
import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { auditEvents, bundles, organizations, productKeys, subscriptions } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/actor";
import { auditEventNames } from "@/lib/audit/audit-event-names";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import { bundleScope } from "@/lib/bundles/bundle-scope";
import { productKeyScope, subscriptionScope } from "./scope";

export interface ActivityItem {
  id: string;
  occurredOn: Date;
  sentence: string;
}

/** Events about records of this type the actor may list (the record's own list scope decides). */
const about = (objectType: string, table: PgTable, id: PgColumn, scope: SQL | undefined) =>
  and(
    eq(auditEvents.objectType, objectType),
    inArray(auditEvents.objectId, sql`(select ${id}::text from ${table} where ${scope ?? sql`true`})`),
  );

/**
 * Which events the actor's dashboard tells. A platform admin acting from no organization: the
 * whole trail, as the audit log shows it. Anyone else: their organization's own trail when
 * their role reads the audit log, and the events about the subscriptions, product keys and
 * requests they may list — so a provider sees what its customers did to its products' contracts
 * (recorded in the customer's trail), through the same policies those lists use.
 */
function visibleEvents(actor: Actor): SQL | undefined {
  if (actor.platformAdmin && !actor.organizationId) return undefined;
  if (!actor.organizationId) return sql`false`;
  return or(
    can(actor, "audit.read") ? eq(auditEvents.organizationId, actor.organizationId) : undefined,
    about("subscription", subscriptions, subscriptions.id, subscriptionScope(actor)),
    about("product_key", productKeys, productKeys.id, productKeyScope(actor)),
    about("bundle", bundles, bundles.id, bundleScope(actor)),
  );
}

/** The latest events the actor may see, newest first, each as a sentence with names for ids. */
export async function recentActivity({
  actor,
  db,
  limit = 8,
}: {
  actor: Actor;
  db?: Executor;
  limit?: number;
}): Promise<ActivityItem[]> {
  const executor = db ?? (await getDb());
  const rows = await executor
    .select({ event: auditEvents, organizationName: organizations.name })
    .from(auditEvents)
    .leftJoin(organizations, eq(organizations.id, auditEvents.organizationId))
    .where(visibleEvents(actor))
    .orderBy(desc(auditEvents.occurredOn), desc(auditEvents.id))
    .limit(limit);
  const events = rows.map(({ event, organizationName }) => ({ ...event, organizationName }));
  const namesOf = await auditEventNames(events, executor);
  return events.map((event) => ({
    id: event.id,
    occurredOn: event.occurredOn,
    sentence: describeAuditEvent(event.action, namesOf(event)),
  }));
}
