/**
 * Playwright's web server: a fresh database (PostgreSQL when DATABASE_URL is set, otherwise
 * the embedded one in .data/e2e), migrated and seeded, a platform key made by the real CLI,
 * then the production build served on localhost. The key goes to .data/e2e-platform-key for
 * the fixtures; that the suite can call the API with it is the CLI's end-to-end test.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2ePort, platformKeyFile } from "../e2e/settings";

const dataDir = path.join(".data", "e2e");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  AUTH_SECRET: randomBytes(33).toString("base64"),
  AUTH_URL: `http://localhost:${e2ePort}`,
  // Parallel workers share the demo keys: a real limit would throttle the suite itself.
  API_RATE_LIMIT_PER_MINUTE: "100000",
  NEXT_TELEMETRY_DISABLED: "1",
};

const cli = (...args: string[]) =>
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args], {
    env,
    encoding: "utf8",
  });

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
}
if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(".data", { recursive: true });
process.stdout.write(cli("seed"));
const keyOutput = cli("api-key", "create", "--platform", "--name", "e2e platform key").trim().split("\n");
writeFileSync(platformKeyFile, keyOutput.at(-1)!);

const server = spawn("npx", ["next", "start", "--hostname", "localhost", "--port", String(e2ePort)], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
