import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { applyDueChanges } from "./apply-due-changes";
import { endGracePeriods, endTrials, renewPaidPeriods } from "./period-ends";
import { startScheduledSubscriptions } from "./start-scheduled";
import { sendTrialReminders } from "./trial-reminders";

/**
 * The subscription lifecycle's clock work, in the order it must happen: start what is due, apply
 * due changes (a cancellation at period end before the renewal that would otherwise roll the
 * period), remind, end trials, renew paid periods, end grace periods. Each step is idempotent.
 */
export async function runSubscriptionLifecycle() {
  return {
    started: await startScheduledSubscriptions(),
    changesApplied: await applyDueChanges(),
    remindersSent: await sendTrialReminders(),
    trialsEnded: await endTrials(),
    periodsRenewed: await renewPaidPeriods(),
    gracePeriodsEnded: await endGracePeriods(),
  };
}

/** Every minute, once across every process. */
export const subscriptionsTickJob = defineJob({
  name: "subscriptions.tick",
  input: z.object({}),
  cron: "* * * * *",
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  run: runSubscriptionLifecycle,
});
