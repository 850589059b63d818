import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { eachChosen, type BulkOutcome } from "@/lib/bulk-outcomes";
import { parseInput } from "@/lib/validation";
import { disableProductKey, enableProductKey } from "./disable-enable-product-key";
import { bulkKeyStatusSchema } from "./product-key-schemas";

/**
 * The list's bulk disable or enable: each chosen key goes through the one-key operation, which
 * loads it with the actor's policy, so a key the actor may not manage is refused on its own.
 */
export async function setProductKeysStatus({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<BulkOutcome[]> {
  const request = parseInput(bulkKeyStatusSchema, input);
  const change = request.action === "disable" ? disableProductKey : enableProductKey;
  return eachChosen(request.productKeyIds, (id) => change({ actor, id, input: { reason: request.reason } }));
}
