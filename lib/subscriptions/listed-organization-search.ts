import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { organizations } from "@/db/schema";
import { readOrganizations } from "@/lib/organizations/list-organizations";
import { parseInput } from "@/lib/validation";
import { commercialListScope } from "./commercial-policy";
import { productKeyRecords, subscribesTo, subscriptionRecords } from "./commercial-records";
import { listedSubscribers, type OrganizationCondition } from "./listed-subscribers";
import { subscriberSearchLimit, type SubscriberChoice } from "./subscriber-search";
import { subscriberSearchSchema } from "./subscription-schemas";

/** The lists whose rows are filtered by their subscriber organization. */
const listedRecords = { subscriptions: subscriptionRecords, productKeys: productKeyRecords };
type SubscriberFilteredList = keyof typeof listedRecords;

/**
 * The organizations that occur as subscribers in the list's records the actor may read: its
 * own and its customers (listedSubscribers), or for platform admins every organization with a
 * record, tested as the name's index is walked.
 */
async function occurringSubscribers(
  db: Executor,
  actor: Actor,
  list: SubscriberFilteredList,
): Promise<OrganizationCondition> {
  const records = listedRecords[list];
  const listed = await listedSubscribers(db, records, actor);
  return listed ?? ((id) => subscribesTo(db, records, id));
}

/**
 * A list's organization filter, searched as the user types rather than offered whole: the
 * organizations occurring in the list whose name, slug or description contains the text, the
 * first by name. Finding the first 200 of a provider's thousands of customers by name cost a
 * pass over them on every page view; a short page per search costs a few index probes.
 */
export async function searchListedSubscribers({
  actor,
  list,
  input,
}: {
  actor: Actor;
  list: SubscriberFilteredList;
  input: unknown;
}): Promise<SubscriberChoice[]> {
  const { query } = parseInput(subscriberSearchSchema, input);
  const db = await getDb();
  const rows = await readOrganizations(
    db,
    { query: query || undefined, within: await occurringSubscribers(db, actor, list) },
    { field: "name", direction: "asc", limit: subscriberSearchLimit, offset: 0 },
  );
  return rows.map(({ id, name, slug }) => ({ id, name, slug }));
}

/**
 * The name of the organization a list is filtered by, for its filter to show: null when it
 * does not occur in the list for the actor (an id from elsewhere names nothing). One probe of
 * the organization's records within the actor's scope.
 */
export async function listedSubscriberName({
  actor,
  list,
  id,
}: {
  actor: Actor;
  list: SubscriberFilteredList;
  id: string;
}): Promise<string | null> {
  const records = listedRecords[list];
  const db = await getDb();
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), subscribesTo(db, records, id, commercialListScope(actor, records))));
  return row?.name ?? null;
}
