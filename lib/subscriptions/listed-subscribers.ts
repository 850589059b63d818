import "server-only";
import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { commercialReach } from "./commercial-policy";
import { subscribesTo, type CommercialRecords } from "./commercial-records";

/** How many customers are read by id before a provider's are tested organization by organization. */
export const customerIdCap = 2_000;

/** An organization condition: true for the organizations in question, given an organization's id column. */
export type OrganizationCondition = (id: AnyPgColumn) => SQL;

/**
 * The organizations subscribing to a provider's records, as a condition on an organization's id.
 * Walking organizations by name and testing each for a record passes every organization when
 * the provider has few customers (2–5 s at 100,000), so its customers are read first from the
 * (provider, subscriber) index, each once and in order — up to `cap` of them. A provider
 * with more has them densely enough that the test per organization (one probe of that same
 * index, no table visit) finds a page soon.
 */
export async function customersOf(
  db: Executor,
  records: CommercialRecords,
  providerId: string,
  cap = customerIdCap,
): Promise<OrganizationCondition> {
  const { table, subscriber, provider } = records;
  const rows = await db
    .selectDistinct({ id: sql<string>`${subscriber}` })
    .from(table)
    .where(and(eq(provider, providerId), ne(subscriber, providerId)))
    .orderBy(subscriber)
    .limit(cap + 1);
  if (rows.length <= cap) {
    const ids = rows.map((r) => r.id);
    return (id) => inArray(id, ids);
  }
  return (id) => subscribesTo(db, records, id, eq(provider, providerId));
}

/**
 * The subscriber organizations of the records the actor may list (the policy's reach, as
 * commercialListScope draws it for rows): its own when it subscribes to anything, and its
 * customers; null for platform admins, for whom every organization may occur.
 */
export async function listedSubscribers(
  db: Executor,
  records: CommercialRecords,
  actor: Actor,
): Promise<OrganizationCondition | null> {
  const reach = commercialReach(actor);
  if (reach === "all") return null;
  if (reach === "none") return () => sql`false`;
  const own = reach.organizationId;
  const [customers, subscribes] = await Promise.all([
    customersOf(db, records, own),
    db
      .select({ one: sql`1` })
      .from(records.table)
      .where(eq(records.subscriber, own))
      .limit(1),
  ]);
  return subscribes.length ? (id) => or(eq(id, own), customers(id))! : customers;
}
