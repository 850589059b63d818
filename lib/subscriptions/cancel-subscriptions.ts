import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { eachChosen, type BulkOutcome } from "@/lib/bulk-outcomes";
import { parseInput } from "@/lib/validation";
import { cancelSubscription } from "./cancel-subscription";
import { bulkCancelSchema } from "./subscription-schemas";

/**
 * The list's bulk cancel: each chosen subscription is cancelled as on its own page, so the
 * commercial policy checks every one (ids from a browser are never trusted as a set).
 */
export async function cancelSubscriptions({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<BulkOutcome[]> {
  const { subscriptionIds, when, reason } = parseInput(bulkCancelSchema, input);
  return eachChosen(subscriptionIds, (id) => cancelSubscription({ actor, id, input: { when, reason } }));
}
