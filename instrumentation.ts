/** Runs once when the server starts: refuse to run with a configuration that is unsafe. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertServerEnv } = await import("./lib/env");
  assertServerEnv();
}
