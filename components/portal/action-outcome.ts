import type { ActionResult } from "@/lib/actions/action";

/**
 * Whether a write was refused because the subscription changed since the page showed it: the
 * domain answers a stale `changeSequence` as an invalid field of that name (409 on the API).
 */
export const isStale = (result: ActionResult<unknown>) =>
  (result.status === "invalid" && "changeSequence" in result.fieldErrors) ||
  (result.status === "error" && result.code === "stale_change_sequence");
