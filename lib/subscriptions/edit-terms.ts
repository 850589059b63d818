import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toMinorUnits } from "@/lib/money";
import { parseInput } from "@/lib/validation";
import { recordChange, type SubscriptionValues } from "./record-change";
import { writeSubscription } from "./request-change";
import { editTermsSchema } from "./subscription-schemas";

function minor(name: string, amount: number | string | undefined): number | undefined {
  if (amount === undefined) return undefined;
  const value = toMinorUnits(amount, 2);
  if (value === undefined) {
    throw new AppError("invalid_input", `${name} must be an amount in dollars and cents.`, {
      invalidFields: [{ name, reason: "must be a non-negative amount with at most 2 decimals" }],
    });
  }
  return value;
}

/**
 * The provider (or a platform admin) changes one subscription's terms — a negotiated limit or
 * price — without touching its plan. The seller's measure, like barrings: it is taken whatever
 * the state of the customer's organization. Recorded as a "terms" change, from → to.
 */
export async function editSubscriptionTerms({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const { costPerAppUnit, costPerNamespaceUnit, reason, changeSequence, ...rest } = parseInput(
    editTermsSchema,
    input,
  );
  const values: SubscriptionValues = Object.fromEntries(
    Object.entries({
      ...rest,
      costPerAppUnitMinor: minor("costPerAppUnit", costPerAppUnit),
      costPerNamespaceUnitMinor: minor("costPerNamespaceUnit", costPerNamespaceUnit),
    }).filter(([, value]) => value !== undefined),
  );
  return writeSubscription(actor, id, "editTerms", changeSequence, async ({ tx, subscription }) => {
    if (subscription.status === "ended") throw new AppError("conflict", "The subscription has ended.");
    const before = Object.fromEntries(
      Object.keys(values).map((name) => [name, subscription[name as keyof typeof subscription]]),
    );
    const { subscription: after } = await recordChange(
      tx,
      actor,
      subscription,
      { kind: "terms", state: "applied", fromValue: before, toValue: values, reason: reason ?? null },
      values,
    );
    return after;
  });
}
