import "server-only";
import { openDatabase } from "@/db/open";
import { env } from "@/lib/env";
import { startJobRunner, type JobRunner } from "./job-runner";
import { registeredJobs } from "./registry";
import { installJobRunner, processJobRunner } from "./send-job";

const retryStartMs = 60_000;

async function startAppRunner(): Promise<JobRunner> {
  const handle = await openDatabase();
  const working = handle.driver === "pglite" || env().JOBS_IN_APP;
  if (handle.driver === "pglite" && !env().JOBS_IN_APP) {
    console.warn("[jobs] JOBS_IN_APP=false is ignored on the embedded database: the app runs jobs itself.");
  }
  const runner = await startJobRunner(handle, { mode: working ? "work" : "send", jobs: registeredJobs });
  // Stop fetching on shutdown. The server exits by itself once requests are drained (a job cut
  // short is safe: handlers are idempotent and pg-boss retries what was left active); were this
  // the only SIGTERM listener, exit as Node's default would have.
  process.once("SIGTERM", () => {
    void runner.stop(5_000).finally(() => {
      if (process.listenerCount("SIGTERM") === 0) process.exit(143);
    });
  });
  console.log(`[jobs] ${working ? `running ${registeredJobs.length} jobs` : "queueing jobs for workers"}`);
  return runner;
}

/**
 * Starts the app's job runner, once per process (instrumentation.ts's `register()`; a dev hot
 * reload calling it again gets the same runner). Never during `next build`, which loads the
 * server code but must not touch the database.
 *
 * The app works jobs itself unless JOBS_IN_APP=false, set when `npm run worker` processes
 * run them; it then only queues jobs. On PGlite the app always works them: its database
 * belongs to this one process, so no worker can exist. A start that fails (the database is
 * down) is logged and tried again a minute later, never thrown at the server's start-up.
 */
export async function startJobsInApp(): Promise<JobRunner | null> {
  if (process.env.NEXT_PHASE === "phase-production-build") return null;
  const existing = processJobRunner();
  if (existing) return existing.catch(() => null);
  const runner = startAppRunner();
  installJobRunner(runner);
  return runner.catch((error: unknown) => {
    installJobRunner(undefined);
    console.error(
      "[jobs] could not start, trying again in a minute:",
      error instanceof Error ? error.message : error,
    );
    setTimeout(() => void startJobsInApp(), retryStartMs).unref();
    return null;
  });
}
