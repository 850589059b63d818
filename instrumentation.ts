/**
 * Runs once when the server starts: refuse to run with a configuration that is unsafe, then
 * start the background jobs (lib/jobs/in-app.ts decides whether this instance works them or
 * only queues them). Neither happens in the edge runtime or during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertServerEnv } = await import("./lib/env");
  assertServerEnv();
  const { startJobsInApp } = await import("./lib/jobs/in-app");
  await startJobsInApp();
}
