import "server-only";
import type PgBoss from "pg-boss";
import type { JobDefinition } from "./define-job";
import type { JobRunner } from "./job-runner";

// The runner this process started (the app in instrumentation.ts, or `npm run worker`), kept on
// globalThis because Next.js loads instrumentation and every route in bundles of their own.
const slot = globalThis as typeof globalThis & { __subdeskJobRunner?: Promise<JobRunner> };

export function installJobRunner(runner: Promise<JobRunner> | undefined): void {
  slot.__subdeskJobRunner = runner;
}

export function processJobRunner(): Promise<JobRunner> | undefined {
  return slot.__subdeskJobRunner;
}

/**
 * Queues a job from domain code, after the transaction that made the work committed. A job is
 * a nudge, never the only record of the work: every handler also finds what is due by itself
 * (a cron run), so where no runner was started (tests, the CLI) or pg-boss cannot be reached,
 * this answers null and the work waits for the next run — the request that sent it never fails.
 */
export async function sendJob<Input>(
  job: JobDefinition<Input>,
  input: Input,
  options?: PgBoss.SendOptions,
): Promise<string | null> {
  const runner = processJobRunner();
  if (!runner) return null;
  try {
    return await (await runner).send(job, input, options);
  } catch (error) {
    console.error(`[jobs] could not queue ${job.name}:`, error instanceof Error ? error.message : error);
    return null;
  }
}
