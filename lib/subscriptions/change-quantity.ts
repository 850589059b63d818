import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { requestChange } from "./request-change";
import { changeQuantitySchema } from "./subscription-schemas";

/** Changes the quantity now (above 1 only for products sold by quantity). */
export async function changeQuantity({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { quantity, reason, changeSequence } = parseInput(changeQuantitySchema, input);
  const { subscription } = await requestChange(actor, id, "changeQuantity", {
    request: { kind: "quantity", quantity },
    reason,
    changeSequence,
  });
  return subscription;
}
