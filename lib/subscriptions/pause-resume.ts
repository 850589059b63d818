import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { openChangeOf, requestChange } from "./request-change";
import { pauseResumeSchema } from "./subscription-schemas";

/** Pauses a subscription now or on a date; the period stands still while it is paused. */
export async function pauseSubscription({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { effectiveOn, reason, changeSequence } = parseInput(pauseResumeSchema, input);
  return requestChange(actor, id, "pause", {
    request: { kind: "pause" },
    effectiveOn,
    reason,
    changeSequence,
  });
}

/**
 * Resumes a paused subscription (or reactivates a paid one in its grace period) now or on a
 * date; a resume can be scheduled ahead of a scheduled pause. The paused days are given back.
 */
export async function resumeSubscription({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { effectiveOn, reason, changeSequence } = parseInput(pauseResumeSchema, input);
  return requestChange(actor, id, "pause", {
    request: { kind: "resume" },
    effectiveOn,
    reason,
    changeSequence,
    check: async ({ tx, subscription }, _on, due) => {
      if (due || subscription.status === "paused" || subscription.status === "grace") return;
      if (!(await openChangeOf(tx, subscription.id, ["pause"]))) {
        throw new AppError(
          "conflict",
          `The subscription is ${subscription.status} and no pause is scheduled.`,
        );
      }
    },
  });
}
