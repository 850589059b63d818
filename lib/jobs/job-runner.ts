import "server-only";
import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";
import { bossDatabase } from "./boss-database";
import { runJob, type JobDefinition } from "./define-job";

/** "work": run jobs, crons and pg-boss maintenance here. "send": only queue jobs for workers elsewhere. */
export type RunnerMode = "work" | "send";

export interface JobRunner {
  readonly mode: RunnerMode;
  /** Queues a job; `singletonKey` (with a "short" queue) keeps one queued job per key. */
  send<Input>(job: JobDefinition<Input>, input: Input, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Stops fetching, waits up to `timeoutMs` for running jobs, then lets go of the database. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface RunnerOptions {
  mode: RunnerMode;
  jobs: readonly JobDefinition[];
  /** How often an idle queue asks for work; jobs sent from this process start at once anyway. */
  pollingIntervalSeconds?: number;
}

const queueOptions = (job: JobDefinition): PgBoss.Queue => ({
  name: job.name,
  policy: job.policy ?? "standard",
  ...(job.retry && {
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
  }),
});

/** Starts pg-boss on the app's database (creating its `pgboss` schema once) and the given jobs' queues. */
export async function startJobRunner(handle: DatabaseHandle, options: RunnerOptions): Promise<JobRunner> {
  const working = options.mode === "work";
  const boss = new PgBoss({
    ...bossDatabase(handle),
    schema: "pgboss",
    supervise: working,
    schedule: working,
  });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();

  const workers = new Map<string, string>();
  for (const job of options.jobs) {
    // createQueue keeps an existing queue as it is; updateQueue carries retry changes made in code.
    await boss.createQueue(job.name, queueOptions(job));
    await boss.updateQueue(job.name, queueOptions(job));
    if (!working) continue;
    const workerId = await boss.work(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([pgJob]) => {
        try {
          return await runJob(job, pgJob!.data);
        } catch (error) {
          console.error(`[jobs] ${job.name} failed:`, error instanceof Error ? error.message : error);
          throw error; // pg-boss records the failure and retries per the queue's policy
        }
      },
    );
    workers.set(job.name, workerId);
    if (job.cron) await boss.schedule(job.name, job.cron);
    else await boss.unschedule(job.name);
  }

  return {
    mode: options.mode,
    async send(job, input, sendOptions = {}) {
      const id = await boss.send(job.name, input as object, sendOptions);
      // A job sent by this process starts now instead of at its worker's next poll.
      const workerId = workers.get(job.name);
      if (id && workerId) boss.notifyWorker(workerId);
      return id;
    },
    stop: (timeoutMs = 30_000) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}
