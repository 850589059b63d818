/**
 * `npm test`: everything, in order of cost — lint and format, typecheck, unit and integration
 * tests on embedded PGlite and on PostgreSQL, the production build, then the browser and API
 * end-to-end suite against it. Stops at the first failing step; ends with one summary line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import pg from "pg";

const inCI = process.env.CI === "true";
const postgresUrl =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const reports = ".data/test-reports";
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status === 0;
}

function countVitest(file: string) {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests;
}

function countPlaywright(file: string) {
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

function finish(ok: boolean): never {
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function vitest(title: string, report: string, env: Record<string, string> = {}) {
  const file = `${reports}/${report}`;
  const ok = run(
    title,
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    env,
  );
  try {
    countVitest(file);
  } catch {
    // No report means vitest itself failed to start; `ok` is already false.
  }
  return ok;
}

async function main() {
  if (!run("lint", "npx", ["eslint", "--max-warnings", "0", "."])) finish(false);
  if (!run("format", "npx", ["prettier", "--check", "."])) finish(false);
  if (!run("typecheck", "npx", ["tsc", "--noEmit"])) finish(false);
  if (
    !vitest("unit and integration tests on embedded PGlite", "vitest-pglite.json", { TEST_DATABASE_URL: "" })
  )
    finish(false);

  if (await postgresReachable()) {
    if (
      !vitest("unit and integration tests on PostgreSQL", "vitest-postgres.json", {
        TEST_DATABASE_URL: postgresUrl,
      })
    )
      finish(false);
  } else if (inCI) {
    console.error(`PostgreSQL is not reachable at ${postgresUrl}, and CI must test on it.`);
    finish(false);
  } else {
    console.log(`\n(PostgreSQL not reachable at ${postgresUrl}: the PostgreSQL pass is skipped.)`);
  }

  if (!run("build", "npx", ["next", "build"])) finish(false);
  const e2eReport = `${reports}/playwright.json`;
  const e2eOk = run("end-to-end tests", "npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  try {
    countPlaywright(e2eReport);
  } catch {
    // Playwright failed before reporting; e2eOk is false.
  }
  finish(e2eOk);
}

void main();
