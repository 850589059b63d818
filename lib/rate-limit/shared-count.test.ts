import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, openPglite } from "@/db/open";
import { consume } from "./consume";
import type { WindowPolicy } from "./policies";

const sharedPolicy: WindowPolicy = { kind: "window", bucket: "test:shared", limit: 30, windowMs: 60_000 };

/** Another Node process running shared-count.child.ts: `count(key, n)` has it make n attempts. */
function secondProcess(env: Record<string, string>) {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    [
      "--conditions=react-server",
      path.join(import.meta.dirname, "shared-count.child.ts"),
      JSON.stringify(sharedPolicy),
    ],
    { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] },
  );
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; errors: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, errors })),
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`the second process ended: ${(await exited).errors}`);
    return line.value;
  };
  return {
    exited,
    ready: async () => expect(await nextLine()).toBe("ready"),
    /** Starts the attempts; the promise answers how many were allowed. */
    count: (key: string, attempts: number) => {
      child.stdin.write(`${key} ${attempts}\n`);
      return nextLine().then(Number);
    },
    end: () => child.stdin.end(),
  };
}

const countHere = async (key: string, attempts: number) =>
  (await Promise.all(Array.from({ length: attempts }, () => consume(sharedPolicy, key)))).filter(
    (verdict) => verdict.allowed,
  ).length;

const serverUrl = process.env.TEST_DATABASE_URL;
// Starting a second Node process with TypeScript takes seconds on a busy machine.
const timeout = 120_000;

describe("rate limits across processes", () => {
  if (serverUrl) {
    it(
      "two processes on one PostgreSQL share one count",
      async () => {
        // The second process opens this test file's database, as a second app instance would.
        const result: unknown = await (await getDb()).execute(sql`select current_database() as name`);
        const url = new URL(serverUrl);
        url.pathname = `/${(result as { rows: { name: string }[] }).rows[0]!.name}`;
        const other = secondProcess({ DATABASE_URL: url.toString() });
        try {
          await other.ready();
          // One after the other: this process sees the other one's twenty.
          expect(await other.count("in-turn", 20)).toBe(20);
          expect(await countHere("in-turn", 20)).toBe(10);
          // At the same time: 25 + 25 attempts, exactly 30 allowed between the two processes.
          const there = other.count("at-once", 25);
          const here = await countHere("at-once", 25);
          expect(here + (await there)).toBe(30);
        } finally {
          other.end();
        }
        expect((await other.exited).code).toBe(0);
      },
      timeout,
    );
  } else {
    it(
      "the embedded database admits one process, so its counts cannot be split between two",
      async () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), "subdesk-shared-count-"));
        const owner = await openPglite(dataDir);
        try {
          const { code, errors } = await secondProcess({ DATABASE_URL: "", DATA_DIR: dataDir }).exited;
          expect(code).not.toBe(0);
          expect(errors).toMatch(/in use by process/);
        } finally {
          await owner.close();
        }
      },
      timeout,
    );
  }
});
