/**
 * `npm run worker`: a process that only runs background jobs, for deployments with several
 * app instances on PostgreSQL (set JOBS_IN_APP=false on the app instances). Run as many as
 * you like: pg-boss hands each job to one of them, and each cron fires once across all.
 */
import { openDatabase } from "@/db/open";
import { env } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/job-runner";
import { registeredJobs } from "@/lib/jobs/registry";
import { installJobRunner } from "@/lib/jobs/send-job";
import { loadEnvFiles } from "./load-env-files";

async function main() {
  loadEnvFiles();
  if (!env().DATABASE_URL) {
    console.error(
      "npm run worker needs PostgreSQL (DATABASE_URL). The embedded database belongs to one process: " +
        "there the app runs the background jobs itself, so no worker is needed.",
    );
    process.exit(1);
  }
  const handle = await openDatabase();
  const runner = startJobRunner(handle, { mode: "work", jobs: registeredJobs });
  // Jobs that queue further jobs (a delivery after a reminder) send through this runner.
  installJobRunner(runner);
  await runner;

  const shutdown = async (signal: string) => {
    console.log(`[jobs] ${signal}: finishing running jobs, then stopping`);
    await (await runner).stop(30_000);
    await handle.close();
    process.exit(0);
  };
  // Handlers first, then the line that says the worker runs: a supervisor (or the test) may
  // send SIGTERM the moment it reads it, and Node's default would kill the worker mid-job.
  process.once("SIGTERM", (signal) => void shutdown(signal));
  process.once("SIGINT", (signal) => void shutdown(signal));
  console.log(
    `[jobs] worker running ${registeredJobs.length} jobs: ${registeredJobs.map((j) => j.name).join(", ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
