import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { changeValues } from "./change-effects";
import { loadChange } from "./load-change";
import { settleChange } from "./record-change";
import { decideChangeSchema } from "./subscription-schemas";

/**
 * The review queue's decision on a held change (the provider's or a platform admin's). Approve
 * applies it — or, if its date is still ahead, makes it pending for that date; reject records why.
 */
export async function decideHeldChange({
  actor,
  changeId,
  input,
}: {
  actor: Actor;
  changeId: string;
  input: unknown;
}) {
  const { decision, note } = parseInput(decideChangeSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { change, subscription, request } = await loadChange(tx, actor, changeId, "decide");
    if (change.state !== "held") {
      throw new AppError(
        "conflict",
        `The change is ${change.state}: only a held change waits for a decision.`,
      );
    }
    const at = now();
    const outcome =
      decision === "reject"
        ? { state: "rejected" as const, note }
        : change.effectiveOn.getTime() > at.getTime()
          ? { state: "pending" as const, note: note || null }
          : {
              state: "applied" as const,
              values: await changeValues(tx, subscription, request, at, change.reason),
              note: note || null,
            };
    return (await settleChange(tx, actor, subscription, change, outcome))!;
  });
}
