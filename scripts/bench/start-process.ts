import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { serverNodeFlags } from "../server-cluster";

const tsx = path.resolve("node_modules/.bin/tsx");

/** Starts a server process under tsx, with the production server's Node flags, and resolves once it answers `probe` on its port. */
export async function startProcess(
  args: string[],
  port: number,
  env: Record<string, string>,
  probe = "/",
): Promise<ChildProcess> {
  const child = spawn(tsx, [...serverNodeFlags, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}${probe}`).then(
      () => true,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args.join(" ")} did not start`);
}

/** A port nothing listens on now (the system's choice), so a benchmark never meets a stray server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port given")),
      );
    });
  });
}

/**
 * The environment of a production server over the database the benchmark installed (a test
 * database on TEST_DATABASE_URL's server): its URL, a fresh secret, jobs left to no one.
 */
export async function productionServerEnv() {
  const result: unknown = await (await getDb()).execute(sql`select current_database() as name`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${(result as { rows: { name: string }[] }).rows[0]!.name}`;
  return {
    DATABASE_URL: url.toString(),
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    JOBS_IN_APP: "false",
  };
}
