/**
 * Playwright's web server: a fresh database (a new one on the PostgreSQL server DATABASE_URL
 * names, otherwise the embedded one in .data/e2e), migrated and seeded, a platform key made by the real CLI,
 * then the production build served on localhost by scripts/server.ts, as `npm start` serves it.
 * The key goes to .data/e2e-platform-key for the fixtures; that the suite can call the API
 * with it is the CLI's end-to-end test.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2ePort, e2eVerifyPort, platformKeyFile } from "../e2e/settings";
import { serverNodeFlags } from "./server-cluster";

/** On PostgreSQL the suite gets a database of its own, dropped and created afresh each run. */
async function freshPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `subdesk_e2e_${e2ePort}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const dataDir = path.join(".data", "e2e");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  AUTH_SECRET: randomBytes(33).toString("base64"),
  AUTH_URL: `http://localhost:${e2ePort}`,
  VERIFY_PORT: String(e2eVerifyPort),
  // Parallel workers share the demo keys: a real limit would throttle the suite itself.
  API_RATE_LIMIT_PER_MINUTE: "100000",
  SIGNUP_RATE_LIMIT_PER_HOUR: "100000",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (process.env.DATABASE_URL) env.DATABASE_URL = await freshPostgresDatabase(process.env.DATABASE_URL);

const cli = (...args: string[]) =>
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args], {
    env,
    encoding: "utf8",
  });

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
}
if (!env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(".data", { recursive: true });
process.stdout.write(cli("seed"));
const keyOutput = cli("api-key", "create", "--platform", "--name", "e2e platform key").trim().split("\n");
writeFileSync(platformKeyFile, keyOutput.at(-1)!);

const server = spawn(
  "npx",
  // On PostgreSQL, two server processes, as a production deployment runs one per core: the suite
  // then also proves that nothing a request needs lives in one process's memory.
  [
    "tsx",
    ...serverNodeFlags,
    "scripts/server.ts",
    "--hostname",
    "localhost",
    "--port",
    String(e2ePort),
    "--workers",
    env.DATABASE_URL ? "2" : "1",
  ],
  {
    env,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
