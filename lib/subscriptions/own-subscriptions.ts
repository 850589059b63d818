import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listSubscriptionRows } from "./subscription-rows";

/**
 * "My subscriptions" in the customer portal: what the organization the actor acts in subscribes
 * to (not what it provides to others), each with the changes still waiting, newest first, in
 * keyset pages. Someone acting in no organization has none.
 */
export async function ownSubscriptionRows({ actor, cursor }: { actor: Actor; cursor?: string }) {
  if (!actor.organizationId) return { items: [], nextCursor: null };
  return listSubscriptionRows({ actor, query: { organizationId: actor.organizationId, cursor } });
}
