import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { readOrganizations } from "@/lib/organizations/list-organizations";
import { parseInput } from "@/lib/validation";
import { subscriberSearchSchema } from "./subscription-schemas";
import { pickableSubscribers, subscribingScope } from "./subscribing-scope";

export interface SubscriberChoice {
  id: string;
  name: string;
  slug: string;
}

/** How many organizations one search answers: a picker shows a short list, never the directory. */
export const subscriberSearchLimit = 20;

/**
 * The organizations a new subscription may be made for whose name, slug or description contains the text
 * (the organizations list's own search, through its trigram index), the first by name: every
 * active one for platform admins, a provider's own active customers for its staff, none for
 * anyone else. The create path checks the chosen one again.
 */
export async function searchSubscribers({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<SubscriberChoice[]> {
  const { query } = parseInput(subscriberSearchSchema, input);
  const scope = subscribingScope(actor);
  if (!scope) return [];
  const db = await getDb();
  const rows = await readOrganizations(
    db,
    { query: query || undefined, status: "active", within: await pickableSubscribers(db, scope) },
    { field: "name", direction: "asc", limit: subscriberSearchLimit, offset: 0 },
  );
  return rows.map(({ id, name, slug }) => ({ id, name, slug }));
}
