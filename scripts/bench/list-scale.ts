/**
 * The list benchmark (issue #12): every list's first page (with and without filters and search)
 * and its deep page, timed through the domain function at two sizes of generated data
 * (db/seed-scale.ts), with the ratio of the two and the time PostgreSQL spent on the list's own
 * query (the slowest statement of the call, timed at the driver). PostgreSQL only: PGlite runs in
 * the benchmark's own thread, so the app's and the database's time could not be told apart.
 * BENCH_LIST_DATABASES="url10k,url1m" reuses generated databases; otherwise two are created on
 * BENCH_DATABASE_URL's server, filled (10,000 and BENCH_LIST_SIZE, 1,000,000 by default) and dropped.
 */
import { Client, Pool, type QueryConfig } from "pg";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { installDatabase, type Database } from "@/db/client";
import { migrate } from "@/db/migrate";
import * as schema from "@/db/schema";
import { organizations } from "@/db/schema";
import { scaleSizeFor, seedScale, vacuumGenerated } from "@/db/seed-scale";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { userActor } from "@/lib/testing/factories";
import { listApprovalQueue } from "@/lib/bundles/approval-queue";
import { searchBundles } from "@/lib/bundles/search-bundles";
import { pageProducts } from "@/lib/catalog/product-reads";
import { listOrganizations, pageOrganizations } from "@/lib/organizations/list-organizations";
import { productKeyListFacts } from "@/lib/product-keys/list-facts";
import { listProductKeys } from "@/lib/product-keys/read-product-keys";
import { pageProductSubscriptions } from "@/lib/subscriptions/product-subscriptions";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { listSubscriptions } from "@/lib/subscriptions/read-subscriptions";
import { searchListedSubscribers } from "@/lib/subscriptions/listed-organization-search";
import { searchSubscribers } from "@/lib/subscriptions/subscriber-search";
import { countSubscriptions, listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";

type Case = {
  name: string;
  run: (ctx: { admin: Actor; customer: Actor; provider: Actor }) => Promise<unknown>;
};

const deep = { page: 2000, size: 20 };
const cases: Case[] = [
  { name: "organizations (admin list)", run: ({ admin }) => listOrganizations({ actor: admin, query: {} }) },
  {
    name: "organizations ?query=umbrella",
    run: ({ admin }) => listOrganizations({ actor: admin, query: { query: "umbrella" } }),
  },
  {
    name: "organizations ?query=-4242 (selective)",
    run: ({ admin }) => listOrganizations({ actor: admin, query: { query: "-4242" } }),
  },
  {
    name: "GET /api/organizations?page=0",
    run: ({ admin }) => pageOrganizations({ actor: admin, filter: {}, page: { page: 0, size: 20 } }),
  },
  {
    name: "GET /api/organizations?query=hooli",
    run: ({ admin }) =>
      pageOrganizations({ actor: admin, filter: { query: "hooli" }, page: { page: 0, size: 20 } }),
  },
  {
    name: "GET /api/organizations?page=2000",
    run: ({ admin }) => pageOrganizations({ actor: admin, filter: {}, page: deep }),
  },
  {
    name: "subscriptions (admin list)",
    run: ({ admin }) => listSubscriptionRows({ actor: admin, query: {} }),
  },
  {
    name: "subscriptions ?status=paused",
    run: ({ admin }) => listSubscriptionRows({ actor: admin, query: { status: "paused" } }),
  },
  {
    name: "subscriptions ?q=umbrella",
    run: ({ admin }) => listSubscriptionRows({ actor: admin, query: { q: "umbrella" } }),
  },
  {
    name: "subscriptions ?q=4242 (selective)",
    run: ({ admin }) => listSubscriptionRows({ actor: admin, query: { q: "-4242 " } }),
  },
  {
    name: "subscriptions count (capped)",
    run: ({ admin }) => countSubscriptions({ actor: admin, filter: {} }),
  },
  {
    name: "subscriptions (customer portal)",
    run: ({ customer }) => listSubscriptions({ actor: customer, query: {} }),
  },
  {
    name: "GET /api/product-subscriptions?page=0",
    run: ({ admin }) => pageProductSubscriptions({ actor: admin, page: { page: 0, size: 20 } }),
  },
  {
    name: "GET /api/product-subscriptions?page=2000",
    run: ({ admin }) => pageProductSubscriptions({ actor: admin, page: deep }),
  },
  { name: "product keys (admin list)", run: ({ admin }) => listProductKeys({ actor: admin, query: {} }) },
  {
    name: "product keys ?q=sdpk_ab (prefix)",
    run: ({ admin }) => listProductKeys({ actor: admin, query: { q: "sdpk_ab" } }),
  },
  {
    name: "product keys ?tag=edge",
    run: ({ admin }) => listProductKeys({ actor: admin, query: { tag: "edge" } }),
  },
  {
    name: "product keys (customer portal)",
    run: ({ customer }) => listProductKeys({ actor: customer, query: {} }),
  },
  { name: "bundle search page 0", run: ({ admin }) => searchBundles({ actor: admin, input: {} }) },
  {
    name: "bundle search ?q=cloud",
    run: ({ admin }) => searchBundles({ actor: admin, input: { q: "cloud" } }),
  },
  {
    name: "bundle search createdAt desc page 2000",
    run: ({ admin }) => searchBundles({ actor: admin, input: { sort: "createdAt desc", ...deep } }),
  },
  { name: "approval queue (open)", run: ({ admin }) => listApprovalQueue({ actor: admin, input: {} }) },
  // A provider's screens: their choices come from its customers and its own products, not from
  // every organization or every record it provides.
  {
    name: "subscriptions filter choices (provider)",
    run: ({ provider }) => subscriptionFilterChoices({ actor: provider }),
  },
  {
    name: "product keys list facts (provider)",
    run: ({ provider }) => productKeyListFacts({ actor: provider, filter: {} }),
  },
  {
    name: "new subscription's organization picker (provider)",
    run: ({ provider }) => searchSubscribers({ actor: provider, input: { query: "" } }),
  },
  {
    name: "keys list's organization filter (provider)",
    run: ({ provider }) => searchListedSubscribers({ actor: provider, list: "productKeys", input: {} }),
  },
  {
    name: "subscriptions list's organization filter (admin)",
    run: ({ admin }) => searchListedSubscribers({ actor: admin, list: "subscriptions", input: {} }),
  },
  {
    name: "GET /api/products?query=cloud",
    run: ({ admin }) =>
      pageProducts({ actor: admin, filter: { query: "cloud" }, page: { page: 0, size: 20 } }),
  },
];

type Timing = { p50: number; p95: number; sqlP50: number };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** A database whose pool times every statement, so a call's slowest statement can be read back. */
function timedDatabase(url: string) {
  const pool = new Pool({ connectionString: url, max: 4 });
  const statements: number[] = [];
  const query = pool.query.bind(pool) as (config: QueryConfig, values?: unknown[]) => Promise<unknown>;
  pool.query = (async (config: QueryConfig, values?: unknown[]) => {
    const started = performance.now();
    try {
      return await query(config, values);
    } finally {
      statements.push(performance.now() - started);
    }
  }) as typeof pool.query;
  const db = drizzle(pool, { schema }) as unknown as Database;
  return { db, pool, statements };
}

async function measure(url: string, iterations: number): Promise<Map<string, Timing>> {
  const { db, pool, statements } = timedDatabase(url);
  installDatabase({ db, driver: "postgres", close: () => pool.end() });
  const [customerOrg] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`not ${organizations.provider} and ${organizations.slug} like 'scale-%'`)
    .limit(1);
  const [providerOrg] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`${organizations.provider} and ${organizations.slug} like 'scale-%'`)
    .limit(1);
  const ctx = {
    admin: systemActor(),
    customer: userActor("bench", customerOrg!.id, "owner"),
    provider: userActor("bench", providerOrg!.id, "owner"),
  };
  const results = new Map<string, Timing>();
  for (const c of cases) {
    for (let i = 0; i < 3; i++) await c.run(ctx);
    const app: number[] = [];
    const sqlTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      statements.length = 0;
      const started = performance.now();
      await c.run(ctx);
      app.push(performance.now() - started);
      sqlTimes.push(Math.max(...statements));
    }
    results.set(c.name, {
      p50: percentile(app, 50),
      p95: percentile(app, 95),
      sqlP50: percentile(sqlTimes, 50),
    });
  }
  installDatabase(undefined);
  await pool.end();
  return results;
}

/** A fresh database on the server, migrated and filled with `n` generated subscriptions. */
async function generated(serverUrl: string, n: number) {
  const name = `subdesk_bench_${n}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString() });
  const db = drizzle(pool, { schema }) as unknown as Database;
  await migrate({ db, driver: "postgres", close: () => pool.end() });
  const started = performance.now();
  await seedScale(db, scaleSizeFor(n));
  await vacuumGenerated(db);
  console.log(`generated ${n} subscriptions in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await pool.end();
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function listScaleBench(iterations = 20) {
  const reuse = process.env.BENCH_LIST_DATABASES?.split(",");
  const server = process.env.BENCH_DATABASE_URL;
  if (!reuse && !server) {
    console.log("\nList scale: skipped (set BENCH_DATABASE_URL to a PostgreSQL server, see the README)");
    return;
  }
  const large = Number(process.env.BENCH_LIST_SIZE ?? 1_000_000);
  const databases = reuse
    ? reuse.map((url) => ({ url, drop: async () => {} }))
    : [await generated(server!, 10_000), await generated(server!, large)];
  try {
    const small = await measure(databases[0]!.url, iterations);
    const big = await measure(databases[1]!.url, iterations);
    console.log(`\nLists at 10k and ${reuse ? "the second database" : large} (ms, ${iterations} calls each)`);
    console.log(
      `${"list".padEnd(42)} ${"10k p50".padStart(8)} ${"big p50".padStart(8)} ${"big p95".padStart(8)} ${"ratio".padStart(6)} ${"SQL p50".padStart(8)} ${"app÷SQL".padStart(8)}`,
    );
    for (const c of cases) {
      const s = small.get(c.name)!;
      const b = big.get(c.name)!;
      console.log(
        `${c.name.padEnd(42)} ${s.p50.toFixed(1).padStart(8)} ${b.p50.toFixed(1).padStart(8)} ${b.p95.toFixed(1).padStart(8)} ${(b.p50 / s.p50).toFixed(2).padStart(6)} ${b.sqlP50.toFixed(1).padStart(8)} ${(b.p50 / b.sqlP50).toFixed(1).padStart(8)}`,
      );
    }
  } finally {
    for (const d of databases) await d.drop();
  }
}
