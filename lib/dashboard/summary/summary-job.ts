import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { refreshDashboardSummaries } from "./refresh-summaries";

/**
 * Every five minutes, once across every process: the net under the refreshes that writes ask
 * for (one lost with its process, or one that ran before its write committed), and what moves
 * the movement chart into a new month. "short" keeps one refresh waiting, whoever asked.
 */
export const dashboardSummaryJob = defineJob({
  name: "dashboard.refresh-summaries",
  input: z.object({}),
  cron: "*/5 * * * *",
  policy: "short",
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  run: () => refreshDashboardSummaries(),
});

/**
 * How long a requested refresh waits: the write that asked commits meanwhile, and every write of
 * those seconds shares the one refresh (the queue keeps one waiting). A busy platform so computes
 * its summary at most about this often — at a million subscriptions a run is a few seconds of
 * database time, which a shorter wait would spend several times over while writes keep coming.
 */
export const refreshDelaySeconds = 10;

/**
 * Asks for the summary to be computed again soon; called by every subscription write, inside its
 * transaction, and never awaited there. On the embedded database pg-boss queues through the one
 * connection the open transaction holds, so an awaited send would wait for itself; left to run,
 * it goes once the transaction ends. On PostgreSQL it goes at once on pg-boss's own connections,
 * and the delay lets the write commit before the refresh reads. Like every `sendJob`, it never
 * fails the write: without a runner (tests, the CLI) it does nothing and the schedule catches up.
 */
export function requestSummaryRefresh(): void {
  void sendJob(dashboardSummaryJob, {}, { startAfter: refreshDelaySeconds });
}
