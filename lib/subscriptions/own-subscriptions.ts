import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TableSort } from "@/lib/input/table-query";
import { countSubscriptions, listSubscriptionRows } from "./subscription-rows";
import type { subscriptionSortFields } from "./subscription-schemas";

/**
 * "My subscriptions" in the customer portal: what the organization the actor acts in subscribes
 * to (not what it provides to others), each with the changes still waiting, newest first (or as
 * sorted), in keyset pages, with how many there are. Someone acting in no organization has none.
 */
export async function ownSubscriptionRows({
  actor,
  cursor,
  sort,
  limit,
}: {
  actor: Actor;
  cursor?: string;
  sort?: TableSort<(typeof subscriptionSortFields)[number]>;
  limit?: number;
}) {
  if (!actor.organizationId) return { items: [], nextCursor: null, total: { count: 0, capped: false } };
  const filter = { organizationId: actor.organizationId };
  const [page, total] = await Promise.all([
    listSubscriptionRows({
      actor,
      query: { ...filter, cursor, sort: sort?.field, direction: sort?.direction, limit },
    }),
    countSubscriptions({ actor, filter }),
  ]);
  return { ...page, total };
}
