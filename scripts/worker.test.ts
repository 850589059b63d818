import { spawn } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";

/** Runs `npm run worker`'s script in a process of its own, reporting its output as it comes. */
function worker(env: Record<string, string>) {
  // Node itself with tsx's loader (what `npm run worker` runs), so SIGTERM reaches the script.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(import.meta.dirname, "worker.ts")],
    // NODE_ENV=test: the env files read are .env.test*, never a developer's .env.local.
    { env: { ...process.env, NODE_ENV: "test", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, output })),
  );
  const running = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("worker running") && resolve());
    void exited.then(() => reject(new Error(`the worker ended:\n${output}`)));
  });
  running.catch(() => {}); // awaited only by the tests that expect the worker to run
  return { exited, running, stop: () => child.kill("SIGTERM") };
}

describe("npm run worker", () => {
  it("refuses to run on the embedded database, saying why", async () => {
    const { code, output } = await worker({ DATABASE_URL: "" }).exited;
    expect(code).toBe(1);
    expect(output).toMatch(/needs PostgreSQL \(DATABASE_URL\).*the app runs the background jobs itself/s);
  });

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    it("on PostgreSQL works the jobs until SIGTERM, then stops cleanly", async () => {
      // The worker opens this test file's database, as it would a deployment's.
      const db = await getDb();
      const result: unknown = await db.execute(sql`select current_database() as name`);
      const url = new URL(serverUrl);
      url.pathname = `/${(result as { rows: { name: string }[] }).rows[0]!.name}`;
      const started = worker({ DATABASE_URL: url.toString() });
      await started.running;
      started.stop();
      const { code, output } = await started.exited;
      expect(code).toBe(0);
      expect(output).toMatch(/email\.deliver/);
      expect(output).toMatch(/SIGTERM: finishing running jobs, then stopping/);
    });
  }
});
