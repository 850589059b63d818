import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { currentDatabase } from "@/db/client";
import { defineJob } from "./define-job";
import { startJobRunner } from "./job-runner";

/** Resolves with what the promise gives, or fails once `ms` have passed without an answer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe("the job runner on pg-boss", () => {
  it("installs pg-boss in the app's database, works a sent job and keeps its schedule and retry policy", async () => {
    let handled!: (input: { value: string }) => void;
    const seen = new Promise<{ value: string }>((resolve) => (handled = resolve));
    const probe = defineJob({
      name: "test.probe",
      input: z.object({ value: z.string() }),
      cron: "*/5 * * * *",
      retry: { limit: 3, delaySeconds: 10, backoff: true },
      run: async (input) => {
        handled(input);
        return { seen: input.value };
      },
    });
    const handle = currentDatabase();
    const runner = await startJobRunner(handle, { mode: "work", jobs: [probe], pollingIntervalSeconds: 0.5 });
    try {
      expect(await runner.send(probe, { value: `on ${handle.driver}` })).toEqual(expect.any(String));
      // The job starts at once (the sender wakes its worker); the bound only keeps a failure from hanging.
      expect(await within(seen, 20_000)).toEqual({ value: `on ${handle.driver}` });
      const rows = async (query: SQL) => {
        const result: unknown = await handle.db.execute(query);
        return (result as { rows: unknown[] }).rows;
      };
      expect(await rows(sql`select name, cron from pgboss.schedule`)).toEqual([
        { name: "test.probe", cron: "*/5 * * * *" },
      ]);
      expect(
        await rows(
          sql`select retry_limit, retry_delay, retry_backoff from pgboss.queue where name = 'test.probe'`,
        ),
      ).toEqual([{ retry_limit: 3, retry_delay: 10, retry_backoff: true }]);
    } finally {
      await runner.stop(1_000);
    }
  });
});
