import type { z } from "zod";

/** pg-boss's retry settings for a queue: how often a failed run is tried again, and when. */
export interface RetryPolicy {
  /** Further tries after the first failure (0: never retried). */
  limit: number;
  /** Seconds before the first retry; with `backoff` it doubles (with jitter) on each retry. */
  delaySeconds: number;
  backoff: boolean;
}

/**
 * A background job: a queue of the same name in pg-boss, worked by `run`.
 *
 * `run` must be idempotent — running it twice, or twice at once, changes nothing twice — and
 * must compute "what is due" from `lib/clock.ts`'s `now()`, never `Date.now()` or `new Date()`:
 * a job may be retried, may overlap its own cron run, and tests call it directly with a set
 * clock (`runJob`) instead of waiting for pg-boss.
 */
export interface JobDefinition<Input = unknown> {
  /** Queue name, "<domain>.<what>", e.g. "email.deliver". Never renamed: it is stored with every job. */
  name: string;
  /** The job's data, parsed before `run`; a cron run gets `{}`. */
  input: z.ZodType<Input>;
  /** Five-field cron (UTC): pg-boss sends one job per match, once across every process. */
  cron?: string;
  retry?: RetryPolicy;
  /**
   * pg-boss queue policy, fixed when the queue is created: "short" keeps one queued job per
   * `singletonKey` (e.g. one "apply change X" job however often it is sent). Default "standard".
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** Does the work; what it returns is stored as the job's output (counts, for operators). */
  run(input: Input): Promise<Record<string, unknown> | void>;
}

/** Declares a job; list it in `lib/jobs/registry.ts` so the runner works its queue. */
export function defineJob<Input>(definition: JobDefinition<Input>): JobDefinition<Input> {
  return definition;
}

/** Runs a job's handler once with its data parsed, exactly as the runner does (tests call this). */
export async function runJob<Input>(
  job: JobDefinition<Input>,
  data: unknown = {},
): Promise<Record<string, unknown> | void> {
  return job.run(job.input.parse(data ?? {}));
}
