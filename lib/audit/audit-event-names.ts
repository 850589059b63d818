import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { bundles, productKeys, products, subscriptions, users } from "@/db/schema";
import { namesInChanges } from "@/lib/subscriptions/change-names";
import { isUuid } from "@/lib/validation";
import type { AuditNames } from "./describe-audit-event";
import type { AuditEventView } from "./schemas";

/** What naming an event needs of it. */
export type NamedEvent = Pick<
  AuditEventView,
  "actorType" | "actorLabel" | "organizationName" | "objectType" | "objectId" | "before" | "after"
>;

type Json = Record<string, unknown> | null;
const field = (value: unknown, key: string): string | null => {
  const found = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === "string" || typeof found === "number" ? String(found) : null;
};
const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
/** Ids to look up: an object id the trail kept that is no uuid names nothing in these tables. */
const uuids = (values: (string | null)[]) => distinct(values).filter(isUuid);

/** One row of the names lookup: a record's name by its id, or a person's by their email. */
const named = (kind: "id" | "email", key: SQL, name: SQL | typeof users.name) => ({
  // A fixed literal, not a parameter: a UNION cannot type an untyped parameter.
  kind: sql<"id" | "email">`${sql.raw(`'${kind}'`)}`,
  key: sql<string>`${key}::text`,
  name: sql<string | null>`${name}`,
});

/**
 * Records named by id, and users by email, in one round trip: a UNION ALL of one indexed
 * lookup per table (one with nothing to look up is `where false`). An id the table no longer
 * holds stays unnamed.
 */
async function lookUpNames(db: Executor, events: NamedEvent[]) {
  const ids = (type: string) => uuids(events.filter((e) => e.objectType === type).map((e) => e.objectId));
  const userIds = uuids([
    ...ids("user"),
    ...events.filter((e) => e.objectType === "membership").map((e) => field(e.after ?? e.before, "userId")),
  ]);
  const labels = distinct(events.filter((e) => e.actorType === "user").map((e) => e.actorLabel));
  const byId = new Map<string, string | null>();
  const personByEmail = new Map<string, string | null>();
  if (!events.length) return { byId, personByEmail };
  const rows = await unionAll(
    db
      .select(named("id", sql`${users.id}`, users.name))
      .from(users)
      .where(inArray(users.id, userIds)),
    db
      .select(named("email", sql`${users.email}`, users.name))
      .from(users)
      .where(inArray(users.email, labels)),
    db
      .select(named("id", sql`${subscriptions.id}`, sql`${products.name}`))
      .from(subscriptions)
      .innerJoin(products, eq(products.id, subscriptions.productId))
      .where(inArray(subscriptions.id, ids("subscription"))),
    db
      .select(named("id", sql`${productKeys.id}`, sql`${productKeys.description}`))
      .from(productKeys)
      .where(inArray(productKeys.id, ids("product_key"))),
    db
      .select(named("id", sql`${bundles.id}`, sql`${bundles.name}`))
      .from(bundles)
      .where(inArray(bundles.id, ids("bundle"))),
  );
  for (const row of rows) (row.kind === "email" ? personByEmail : byId).set(row.key, row.name);
  return { byId, personByEmail };
}

/**
 * The names each event's sentence needs (lib/audit/describe-audit-event.ts): the person behind
 * the actor label, the organization, the object acted on, and what it became. The events come
 * from a read the actor was allowed; only the names they mention are looked up.
 */
export async function auditEventNames(
  events: NamedEvent[],
  db?: Executor,
): Promise<(event: NamedEvent) => AuditNames> {
  const executor = db ?? (await getDb());
  const [{ byId, personByEmail }, changeNames] = await Promise.all([
    lookUpNames(executor, events),
    namesInChanges(
      events
        .filter((e) => e.objectType === "subscription")
        .map((e) => ({ fromValue: e.before as Json, toValue: e.after as Json })),
    ),
  ]);

  const actorName = (e: NamedEvent) =>
    e.actorType === "system"
      ? "Subdesk"
      : e.actorType === "api_key"
        ? `The API key ${e.actorLabel}`
        : (personByEmail.get(e.actorLabel) ?? e.actorLabel);
  const target = (e: NamedEvent) => {
    const userId = e.objectType === "membership" ? field(e.after ?? e.before, "userId") : null;
    return (
      (userId && byId.get(userId)) ||
      (e.objectId && byId.get(e.objectId)) ||
      field(e.after, "name") ||
      field(e.before, "name") ||
      field(e.after, "email") ||
      null
    );
  };
  const becomes = (e: NamedEvent) => {
    const planId = field(e.after, "planId");
    if (planId && changeNames[planId]) return changeNames[planId];
    return field(e.after, "quantity") ?? field(e.after, "status") ?? field(e.after, "role");
  };
  return (e) => ({
    actor: actorName(e),
    organization: e.organizationName,
    target: target(e),
    to: becomes(e),
  });
}
