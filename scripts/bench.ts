/**
 * `npm run bench`: what the REST plumbing costs per request, as ratios against a baseline
 * handler measured in the same run on the same in-memory database (so the machine's speed
 * cancels out). Baseline: parse the request, one `select 1`, answer JSON. Then sign-up with a
 * registered email against a new one: the two must take the same time (ratio near 1). Then the
 * lists at 10k and 1M generated rows (bench/list-scale.ts) and the verify benchmark.
 */
import { sql } from "drizzle-orm";
import * as apiKeysRoute from "@/app/api/api-keys/route";
import * as meRoute from "@/app/api/me/route";
import { installDatabase } from "@/db/client";
import { getDb } from "@/db/open";
import { createTestDatabase } from "@/lib/testing/test-database";
import { makeOrganization, makeOrganizationKey } from "@/lib/testing/factories";
import { listScaleBench } from "./bench/list-scale";
import { pagesBench } from "./bench/pages-bench";
import { signUpTiming } from "./bench/sign-up-timing";
import { verifyBench } from "./bench/verify-bench";

process.env.API_RATE_LIMIT_PER_MINUTE = "100000000";
process.env.SIGNUP_RATE_LIMIT_PER_HOUR = "100000000";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const context = { params: Promise.resolve({}) };

async function baseline(request: Request): Promise<Response> {
  new URL(request.url);
  const db = await getDb();
  await db.execute(sql`select 1`);
  return Response.json({ ok: true });
}

async function measure(
  name: string,
  makeRequest: (i: number) => Request,
  handler: Handler,
  iterations: number,
) {
  for (let i = 0; i < 50; i++) await (await handler(makeRequest(-i - 1), context)).text(); // warm-up
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const response = await handler(makeRequest(i), context);
    if (response.status >= 400) throw new Error(`${name}: ${response.status} ${await response.text()}`);
    await response.text();
  }
  const perRequestMs = (performance.now() - started) / iterations;
  return { name, perRequestMs };
}

async function main() {
  const handle = await createTestDatabase();
  installDatabase(handle);
  const organization = await makeOrganization();
  const { key } = await makeOrganizationKey(organization.id);
  const get = () => new Request("http://localhost/api/me", { headers: { "x-api-key": key } });
  const post = (idempotent: boolean) => (i: number) =>
    new Request("http://localhost/api/api-keys", {
      method: "POST",
      headers: {
        "x-api-key": key,
        "content-type": "application/json",
        ...(idempotent ? { "idempotency-key": `bench-${i}` } : {}),
      },
      body: JSON.stringify({ name: `bench ${i}` }),
    });

  const iterations = 400;
  const base = await measure("baseline: select 1 + JSON", get, baseline, iterations);
  const results = [
    await measure("GET /api/me (authenticate key, rate limit)", get, meRoute.GET, iterations),
    await measure(
      "POST /api/api-keys (write + audit, one transaction)",
      post(false),
      apiKeysRoute.POST,
      iterations,
    ),
    await measure("POST /api/api-keys with Idempotency-Key", post(true), apiKeysRoute.POST, iterations),
  ];

  console.log(`driver: ${handle.driver}, ${iterations} requests each\n`);
  console.log(`${"benchmark".padEnd(55)} ${"ms/request".padStart(10)} ${"× baseline".padStart(11)}`);
  for (const r of [base, ...results]) {
    console.log(
      `${r.name.padEnd(55)} ${r.perRequestMs.toFixed(3).padStart(10)} ${(r.perRequestMs / base.perRequestMs).toFixed(2).padStart(11)}`,
    );
  }

  const signUp = await signUpTiming(200);
  console.log(`\nPOST /api/sign-up, ${signUp.rounds} of each, alternating (median ms/request)`);
  console.log(`${"registered email".padEnd(55)} ${signUp.knownMs.toFixed(3).padStart(10)}`);
  console.log(`${"new email".padEnd(55)} ${signUp.unknownMs.toFixed(3).padStart(10)}`);
  console.log(
    `${"new ÷ registered".padEnd(55)} ${(signUp.unknownMs / signUp.knownMs).toFixed(2).padStart(10)}`,
  );
  await handle.close();
  installDatabase(undefined);
  await listScaleBench();
  await verifyBench();
  await pagesBench();
}

void main();
