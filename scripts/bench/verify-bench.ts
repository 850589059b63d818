/**
 * The verify benchmark (issue #9): a production build on PostgreSQL, autocannon at 64
 * connections on POST /api/product-keys/verify with a key drawn at random from 2,000 per
 * request, against three servers in the same run: the baseline (node:http + pg running the same
 * statement, verify-baseline-server.ts), the dedicated verify server and the Next.js route.
 * Then each of the two at a fixed rate of half its own maximum (autocannon -R), for a p99 that
 * queueing cannot hide (and the baseline at the verify server's rate, the floor). Needs `npx next build` first; BENCH_DATABASE_URL names the server.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { installDatabase } from "@/db/client";
import { getDb } from "@/db/open";
import { productKeys, productKeySecrets } from "@/db/schema";
import { nowMs } from "@/lib/clock";
import { generateProductKey } from "@/lib/product-keys/key-format";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";
import { createTestDatabase } from "@/lib/testing/test-database";
import { freePort, productionServerEnv, startProcess } from "./start-process";
import { wrapperCost } from "./verify-wrapper-cost";

const keyCount = 2_000;
const durationSeconds = 10;

function load(url: string, apiKey: string, keys: string[], options: { duration: number; rate?: number }) {
  return autocannon({
    url,
    method: "POST",
    connections: 64,
    duration: options.duration,
    ...(options.rate ? { overallRate: options.rate } : {}),
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ key: keys[Math.floor(Math.random() * keys.length)] }),
        }),
      },
    ],
  });
}

async function measure(url: string, apiKey: string, keys: string[], rate?: number) {
  await load(url, apiKey, keys, { duration: 3, rate }); // warm-up: JIT, pool, prepared statements
  const result = await load(url, apiKey, keys, { duration: durationSeconds, rate });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function seedKeys(providerOrganizationId: string, organizationId: string, ownerEmail: string) {
  const db = await getDb();
  const generated = Array.from({ length: keyCount }, () => generateProductKey());
  const rows = await db
    .insert(productKeys)
    .values(
      generated.map(() => ({
        providerOrganizationId,
        organizationId,
        ownerEmail,
        firstName: "Bench",
        lastName: "Key",
        startsOn: new Date(nowMs() - 60_000),
        createdBy: "bench",
        modifiedBy: "bench",
      })),
    )
    .returning({ id: productKeys.id });
  await db.insert(productKeySecrets).values(
    generated.map(({ prefix, secretHash }, i) => ({
      productKeyId: rows[i]!.id,
      prefix,
      secretHash,
      createdBy: "bench",
    })),
  );
  return generated.map(({ key }) => key);
}

export async function verifyBench() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("\nverify benchmark skipped: it needs a production build (npx next build)");
    return;
  }
  process.env.TEST_DATABASE_URL =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const handle = await createTestDatabase();
  installDatabase(handle);
  const children: ChildProcess[] = [];
  try {
    const fixture = await makeVerifyFixture();
    const keys = await seedKeys(
      fixture.provider.organization.id,
      fixture.customer.organization.id,
      fixture.customer.user.email,
    );
    const env = await productionServerEnv();
    const wrapper = await wrapperCost(fixture.providerApiKey, keys);
    const verifyPath = "/api/product-keys/verify";
    const [basePort, verifyPort, appPort] = [await freePort(), await freePort(), await freePort()];
    children.push(
      await startProcess(
        [
          "--conditions=react-server",
          "scripts/bench/verify-baseline-server.ts",
          String(basePort),
          env.DATABASE_URL,
          fixture.provider.organization.id,
        ],
        basePort,
        env,
      ),
      await startProcess(
        ["--conditions=react-server", "scripts/verify-server.ts", String(verifyPort)],
        verifyPort,
        env,
      ),
      await startProcess(
        ["scripts/server.ts", "--port", String(appPort), "--hostname", "127.0.0.1", "--no-verify-server"],
        appPort,
        env,
        "/api/health",
      ),
    );
    const apiKey = fixture.providerApiKey;
    const base = await measure(`http://127.0.0.1:${basePort}${verifyPath}`, apiKey, keys);
    const server = await measure(`http://127.0.0.1:${verifyPort}${verifyPath}`, apiKey, keys);
    const route = await measure(`http://127.0.0.1:${appPort}${verifyPath}`, apiKey, keys);
    const serverHalf = await measure(
      `http://127.0.0.1:${verifyPort}${verifyPath}`,
      apiKey,
      keys,
      Math.round(server.rps / 2),
    );
    // The floor for that figure: the baseline at the very same rate, on the same machine.
    const baseAtServerHalf = await measure(
      `http://127.0.0.1:${basePort}${verifyPath}`,
      apiKey,
      keys,
      Math.round(server.rps / 2),
    );
    const routeHalf = await measure(
      `http://127.0.0.1:${appPort}${verifyPath}`,
      apiKey,
      keys,
      Math.round(route.rps / 2),
    );

    console.log(
      `\nPOST ${verifyPath}: PostgreSQL, 64 connections, ${durationSeconds} s, ${keyCount} keys at random`,
    );
    console.log(
      `${"server".padEnd(40)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"× baseline".padStart(11)}`,
    );
    for (const [name, r] of [
      ["baseline: node:http + pg, same statement", base],
      ["dedicated verify server", server],
      ["Next.js route", route],
    ] as const) {
      console.log(
        `${name.padEnd(40)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${(r.rps / base.rps).toFixed(2).padStart(11)}`,
      );
    }
    console.log(`\nAt half each one's maximum (autocannon -R):`);
    console.log(
      `${"dedicated verify server".padEnd(40)} ${String(Math.round(server.rps / 2)).padStart(8)} ${String(serverHalf.p50).padStart(7)} ${String(serverHalf.p99).padStart(7)}`,
    );
    console.log(
      `${"baseline at the verify server's rate".padEnd(40)} ${String(Math.round(server.rps / 2)).padStart(8)} ${String(baseAtServerHalf.p50).padStart(7)} ${String(baseAtServerHalf.p99).padStart(7)}`,
    );
    console.log(
      `${"Next.js route".padEnd(40)} ${String(Math.round(route.rps / 2)).padStart(8)} ${String(routeHalf.p50).padStart(7)} ${String(routeHalf.p99).padStart(7)}`,
    );
    console.log(`\nIn process, ${wrapper.iterations} verifies each (ms/request):`);
    console.log(`${"verify's own handler".padEnd(40)} ${wrapper.leanMs.toFixed(3).padStart(8)}`);
    console.log(`${"the general endpoint() wrapper".padEnd(40)} ${wrapper.wrappedMs.toFixed(3).padStart(8)}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await handle.close();
  }
}
