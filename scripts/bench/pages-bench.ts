/**
 * The signed-in pages benchmark (issue #12): a production build on PostgreSQL with the demo
 * seed, signed in through Auth.js's credentials endpoint as a real browser would be. Prints
 * 1. first-load JS of every page a role reaches: the gzipped sum of the script chunks its HTML
 *    names (but the `nomodule` polyfills, which browsers that run modules skip), marking the
 *    pages over budget, and
 * 2. throughput (autocannon, 10 connections) of the home, the subscriptions list and the
 *    catalog against the app's own minimal signed-in page (/account: the shell and a name), so
 *    the machine's speed cancels out — served by one process, then by one per core
 *    (`--workers`, scripts/server-cluster.ts), each against its own baseline.
 * Needs `npx next build` first; BENCH_DATABASE_URL names the server.
 */
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { installDatabase } from "@/db/client";
import { seed } from "@/db/seed";
import { demoAccounts, demoPassword } from "@/lib/demo-accounts";
import { createTestDatabase } from "@/lib/testing/test-database";
import { demoPageIds, type DemoPageIds } from "./demo-page-ids";
import { freePort, productionServerEnv, startProcess } from "./start-process";

const tabsOf = (path: string, tabs: string[]) => tabs.map((tab) => `${path}?tab=${tab}`);

/**
 * Every page, weighed as a role that reaches it. A page's scripts are its route's, whoever is
 * signed in, so each route is weighed once; each tab too, as a panel may load with its tab.
 * `[name]` stands for an id of the demo (DemoPageIds), read once before weighing.
 */
const pagesByRole: { role: string; email: string; paths: string[] }[] = [
  {
    role: "visitor",
    email: "",
    paths: [
      "/",
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/reset-password?token=x",
      "/verify-email?token=x",
      "/invitations/[invitationToken]",
      "/explore",
      "/explore/[product]",
      "/api-reference",
      "/problems/not-found",
    ],
  },
  {
    role: "platform admin",
    email: demoAccounts.platformAdmin.email,
    paths: [
      "/dashboard",
      "/account",
      "/organizations",
      "/organizations/new",
      ...tabsOf("/organizations/[customer]", [
        "overview",
        "members",
        "contacts",
        "subscriptions",
        "keys",
        "audit",
      ]),
      "/organizations/[customer]/edit",
      "/subscriptions",
      "/subscriptions/new",
      ...tabsOf("/subscriptions/review", ["held", "pending"]),
      ...tabsOf("/subscriptions/[subscription]", ["overview", "manage", "history", "barrings"]),
      "/product-keys",
      "/product-keys/new",
      "/product-keys/[productKey]",
      "/audit",
      "/outbox",
    ],
  },
  {
    role: "provider owner",
    email: demoAccounts.providerOwner.email,
    paths: [
      ...tabsOf("/catalog", ["products", "groups", "terms"]),
      "/catalog/products/new",
      "/catalog/products/import",
      ...tabsOf("/catalog/products/[product]", ["details", "plans"]),
      "/approvals",
      "/approvals/[bundle]",
    ],
  },
  {
    role: "customer owner",
    email: demoAccounts.customerOwner.email,
    paths: [
      "/portal/catalog",
      "/portal/catalog/[product]",
      "/portal/subscriptions",
      "/portal/subscriptions/[subscription]",
      "/portal/bundles",
      "/portal/bundles/new",
      "/portal/bundles/[bundle]",
      "/portal/keys",
      "/portal/keys/[productKey]",
      ...tabsOf("/settings", ["organization", "members", "contacts", "api-keys"]),
    ],
  },
];

/** The path with its `[name]`s replaced by the demo's ids. */
function withIds(path: string, ids: DemoPageIds): string {
  return path.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (!(name in ids)) throw new Error(`${path}: no demo id named ${name}`);
    return ids[name as keyof DemoPageIds];
  });
}

/** First-load JS allowed per page (issue #12), and for the page every visit starts from. */
const budgetKiB = 210;
const signInBudgetKiB = 150;
const throughputPaths = ["/account", "/dashboard", "/subscriptions", "/catalog"];

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** Signs in through /api/auth/callback/credentials and answers the session cookie. */
async function signIn(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: demoPassword, callbackUrl: origin }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return session;
}

async function firstLoadKiB(origin: string, path: string, cookie: string): Promise<number> {
  const page = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
  if (page.status !== 200) throw new Error(`${path}: ${page.status}`);
  const html = await page.text();
  // What a browser loads: Next's polyfills come in a `nomodule` script, which no browser that
  // runs modules (every one Next 16 supports) downloads.
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .map(([, attributes]) => attributes!)
      .filter((attributes) => !/\snomodule\b/i.test(attributes))
      .flatMap((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1] ?? []),
  );

  let bytes = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source, origin));
    bytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return bytes / 1024;
}

async function requestsPerSecond(origin: string, path: string, cookie: string): Promise<number> {
  const options = { url: `${origin}${path}`, connections: 10, headers: { cookie } };
  await autocannon({ ...options, duration: 3 }); // warm-up: JIT, pool, caches
  const result = await autocannon({ ...options, duration: 10 });
  if (result.non2xx || result.errors)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

export async function pagesBench() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("\npages benchmark skipped: it needs a production build (npx next build)");
    return;
  }
  process.env.TEST_DATABASE_URL =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const handle = await createTestDatabase();
  installDatabase(handle);
  let server: ChildProcess | undefined;
  try {
    await seed(handle.db);
    const env = await productionServerEnv();
    /** The production server with `workers` processes, on a port of its own. */
    const start = async (workers: number) => {
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      server = await startProcess(
        [
          "scripts/server.ts",
          "--port",
          String(port),
          "--hostname",
          "127.0.0.1",
          "--no-verify-server",
          "--workers",
          String(workers),
        ],
        port,
        { ...env, AUTH_URL: origin },
        "/api/health",
      );
      return origin;
    };
    let origin = await start(1);

    console.log("\nFirst-load JS (script chunks named by the page's HTML, gzipped)");
    const overBudget: string[] = [];
    const ids = await demoPageIds(handle.db);
    for (const { role, email, paths } of pagesByRole) {
      const cookie = email ? await signIn(origin, email) : "";
      for (const path of paths) {
        const kiB = await firstLoadKiB(origin, withIds(path, ids), cookie);
        const budget = path === "/sign-in" ? signInBudgetKiB : budgetKiB;
        const over = kiB > budget ? `  OVER ${budget} KiB` : "";
        if (over) overBudget.push(`${path} (${role}): ${kiB.toFixed(1)} KiB > ${budget} KiB`);
        console.log(`${`${path} (${role})`.padEnd(60)} ${kiB.toFixed(1).padStart(8)} KiB${over}`);
      }
    }
    console.log(
      overBudget.length
        ? `\nOVER BUDGET (${budgetKiB} KiB a page, /sign-in ${signInBudgetKiB}):\n  ${overBudget.join("\n  ")}`
        : `\nEvery page within budget (${budgetKiB} KiB a page, /sign-in ${signInBudgetKiB}).`,
    );

    const cores = availableParallelism();
    for (const workers of [1, cores]) {
      if (workers > 1) {
        // The one-process server leaves first: it would take CPU from the measured one.
        const exited = once(server!, "exit");
        server!.kill("SIGTERM");
        await exited;
        origin = await start(workers);
      }
      const cookie = await signIn(origin, demoAccounts.platformAdmin.email);
      const served = workers === 1 ? "one process" : `${workers} processes (--workers ${workers})`;
      console.log(`\nSigned-in pages as the platform admin, ${served}: autocannon, 10 connections, 10 s`);
      console.log(`${"page".padEnd(40)} ${"req/s".padStart(8)} ${"× /account".padStart(11)}`);
      const baseline = await requestsPerSecond(origin, throughputPaths[0]!, cookie);
      for (const path of throughputPaths) {
        const rps = path === throughputPaths[0] ? baseline : await requestsPerSecond(origin, path, cookie);
        console.log(
          `${path.padEnd(40)} ${rps.toFixed(0).padStart(8)} ${(rps / baseline).toFixed(2).padStart(11)}`,
        );
      }
      if (cores === 1) break;
    }
  } finally {
    server?.kill("SIGTERM");
    await handle.close();
  }
}
