import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { activeBarrings } from "./load-subscription";
import { requestChange, type WriteContext } from "./request-change";
import { changePlanSchema } from "./subscription-schemas";

/**
 * The risk check (MasStack's `risk_decision`): why a plan change waits for a reviewer instead
 * of going through, or null. A barred subscription or a suspended organization is reviewed.
 */
export async function planChangeRisk({
  tx,
  subscription,
  organization,
}: WriteContext): Promise<string | null> {
  const barrings = await activeBarrings(tx, subscription.id);
  if (barrings.length) {
    return `The subscription is barred (${barrings.map((b) => b.reason).join(", ")}): plan changes are reviewed.`;
  }
  if (organization.organizationStatus === "suspended") {
    return "The organization is suspended: plan changes are reviewed.";
  }
  return null;
}

/**
 * Moves a subscription to another plan — of its product or of a compatible product — now or on
 * a date; the terms are copied from the plan's latest version when it is applied. Answers how it
 * went: applied, pending (for its date) or held (for review, with the risk decision).
 */
export async function changePlan({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { planId, productId, effectiveOn, reason, changeSequence } = parseInput(changePlanSchema, input);
  return requestChange(actor, id, "changePlan", {
    request: { kind: "plan", planId: planId ?? null, productId: productId ?? null },
    effectiveOn,
    reason,
    changeSequence,
    hold: planChangeRisk,
  });
}
