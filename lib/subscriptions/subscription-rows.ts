import "server-only";
import { and, asc, count, inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { subscriptionChanges, subscriptions, type SubscriptionChange } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { listSubscriptions, subscriptionConditions, type SubscriptionView } from "./read-subscriptions";
import { subscriptionFilterSchema } from "./subscription-schemas";

/** A list row: the subscription and what still waits for it (pending for a date, or held). */
export type SubscriptionRow = SubscriptionView & {
  waiting: Pick<SubscriptionChange, "id" | "kind" | "state" | "effectiveOn">[];
};

/**
 * The subscriptions list as the admin and provider screens show it: a keyset page of what the
 * actor may read (listSubscriptions), each row with its waiting changes, read in one query.
 */
export async function listSubscriptionRows({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<{ items: SubscriptionRow[]; nextCursor: string | null }> {
  const page = await listSubscriptions({ actor, query });
  if (!page.items.length) return { items: [], nextCursor: page.nextCursor };
  const db = await getDb();
  const waiting = await db
    .select({
      id: subscriptionChanges.id,
      subscriptionId: subscriptionChanges.subscriptionId,
      kind: subscriptionChanges.kind,
      state: subscriptionChanges.state,
      effectiveOn: subscriptionChanges.effectiveOn,
    })
    .from(subscriptionChanges)
    .where(
      and(
        inArray(
          subscriptionChanges.subscriptionId,
          page.items.map((s) => s.id),
        ),
        inArray(subscriptionChanges.state, ["pending", "held"]),
      ),
    )
    .orderBy(asc(subscriptionChanges.effectiveOn), asc(subscriptionChanges.id));
  return {
    items: page.items.map((s) => ({
      ...s,
      waiting: waiting
        .filter((w) => w.subscriptionId === s.id)
        .map(({ subscriptionId: _s, ...change }) => change),
    })),
    nextCursor: page.nextCursor,
  };
}

/**
 * How many subscriptions match the filters, counted up to `cap`: above it the screen says
 * "more than", so a count over a large table never scans further than that.
 */
export async function countSubscriptions({
  actor,
  filter,
  cap = 10_000,
}: {
  actor: Actor;
  filter: unknown;
  cap?: number;
}): Promise<{ count: number; capped: boolean }> {
  const f = parseInput(subscriptionFilterSchema, filter);
  const db = await getDb();
  const matching = db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(subscriptionConditions(actor, f))
    .limit(cap + 1)
    .as("matching");
  const [row] = await db.select({ n: count() }).from(matching);
  const n = row?.n ?? 0;
  return { count: Math.min(n, cap), capped: n > cap };
}
