import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { currentDatabase } from "@/db/client";
import { register } from "@/instrumentation";
import { installJobRunner, processJobRunner } from "./send-job";

// Set before the environment is first read (once per test file): on PostgreSQL this instance
// should then only queue jobs; on PGlite the setting cannot apply.
vi.stubEnv("JOBS_IN_APP", "false");
vi.stubEnv("NEXT_RUNTIME", "nodejs");
afterAll(() => vi.unstubAllEnvs());

afterEach(async () => {
  const runner = processJobRunner();
  installJobRunner(undefined);
  await (await runner)?.stop(1_000);
});

describe("jobs started by the app (instrumentation.ts)", () => {
  it("do not start during next build, nor in the edge runtime", async () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    await register();
    expect(processJobRunner()).toBeUndefined();
    vi.stubEnv("NEXT_PHASE", "");
    vi.stubEnv("NEXT_RUNTIME", "edge");
    await register();
    expect(processJobRunner()).toBeUndefined();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
  });

  it("start once, however often the server registers (dev hot reloads)", async () => {
    await Promise.all([register(), register()]);
    const runner = await processJobRunner();
    await register();
    expect(await processJobRunner()).toBe(runner);
    // JOBS_IN_APP=false: on PostgreSQL workers run the jobs; PGlite has no workers, so the app does.
    expect(runner!.mode).toBe(currentDatabase().driver === "pglite" ? "work" : "send");
  });
});
