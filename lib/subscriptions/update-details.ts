import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMayWrite } from "@/lib/auth/write-guard";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordChange } from "./record-change";
import { writeSubscription } from "./request-change";
import { updateDetailsSchema } from "./subscription-schemas";

/**
 * Changes a subscription's payment details, labels, marketplace or onboarding status (Astra's
 * fields). Only the fields sent change; null clears one. Recorded as a "terms" change.
 */
export async function updateSubscriptionDetails({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const { changeSequence, ...fields } = parseInput(updateDetailsSchema, input);
  return writeSubscription(
    actor,
    id,
    "updateDetails",
    changeSequence,
    async ({ tx, subscription, organization }) => {
      assertMayWrite(actor, "subscriptions.manage", organization);
      if (subscription.status === "ended") throw new AppError("conflict", "The subscription has ended.");
      const sent = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const before = Object.fromEntries(
        Object.keys(sent).map((name) => [name, subscription[name as keyof typeof subscription] ?? null]),
      );
      const { subscription: after } = await recordChange(
        tx,
        actor,
        subscription,
        { kind: "terms", state: "applied", fromValue: before, toValue: sent },
        sent,
      );
      return after;
    },
  );
}
