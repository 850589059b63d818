import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Pool } from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { beforeAll, describe, expect, it } from "vitest";
import { currentDatabase, installDatabase, type Database, type DatabaseHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { organizations } from "@/db/schema";
import { scaleSizeFor, seedScale } from "@/db/seed-scale";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { countAuditEvents, listAuditEvents } from "@/lib/audit/list-audit-events";
import { subscriptionFigures } from "@/lib/dashboard/subscription-figures";
import { listApprovalQueue } from "@/lib/bundles/approval-queue";
import { searchBundles } from "@/lib/bundles/search-bundles";
import { countOutbox, listOutbox } from "@/lib/email/list-outbox";
import { listOrganizations, pageOrganizations } from "@/lib/organizations/list-organizations";
import { createOrganization } from "@/lib/organizations/create-organization";
import { productKeyListFacts } from "@/lib/product-keys/list-facts";
import { listProductKeys } from "@/lib/product-keys/read-product-keys";
import { pageProductSubscriptions } from "@/lib/subscriptions/product-subscriptions";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { searchListedSubscribers } from "@/lib/subscriptions/listed-organization-search";
import { searchSubscribers } from "@/lib/subscriptions/subscriber-search";
import { subscribeChoices } from "@/lib/subscriptions/subscription-choices";
import { listSubscriptions } from "@/lib/subscriptions/read-subscriptions";
import { countSubscriptions, listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";
import { userActor } from "@/lib/testing/factories";
import { throughEachSearchStep } from "@/lib/testing/search-steps";

/**
 * Every list query's plan, over generated data (db/seed-scale.ts): a sequential scan of a large
 * table means a list lost the index that serves its sort or search, and at a million rows that is
 * a slow page. The list runs for real through a database that records its statements; each is then
 * EXPLAINed as it was sent. Kept small so it runs on PGlite too (see `explain` for why that holds).
 */
const size = 5_000;
// The join tables (bundle_products, product_key_products) are read by a page's ids; at this size
// the planner joins them from the other side, so they are left out rather than checked wrongly.
const largeTables = [
  "organizations",
  "subscriptions",
  "product_keys",
  "product_key_secrets",
  "bundles",
  "audit_events",
  "email_outbox",
  // A row per provider organization: the dashboard's read must be one lookup of its scope.
  "dashboard_summaries",
];
const seqScan = new RegExp(`Seq Scan on (${largeTables.join("|")})\\b`);
const indexScan = new RegExp(`Index (Only )?Scan (Backward )?using \\S+ on (${largeTables.join("|")})\\b`);

/**
 * The ways a plan can read a large table whole: a sequential scan, or (with sequential scans
 * priced out) an index walked end to end — with a filter on every row instead of an index
 * condition, or with neither and no limit above it to stop the walk.
 */
function wholeTableReads(plan: string): string[] {
  const lines = plan.split("\n");
  const indent = (line: string) => line.search(/\S/);
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (seqScan.test(line)) found.push(line.trim());
    if (!indexScan.test(line)) return;
    const details: string[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.includes("->")) break;
      details.push(next);
    }
    if (details.some((d) => d.includes("Index Cond:"))) return;
    // The nodes this scan feeds, up to the root: each one less indented than the last.
    const above: string[] = [];
    for (let depth = indent(line), j = i - 1; j >= 0; j--) {
      if (lines[j]!.includes("->") || j === 0) {
        if (indent(lines[j]!) < depth) {
          above.push(lines[j]!);
          depth = indent(lines[j]!);
        }
      }
    }
    const limited = above.some((node) => /\bLimit\b/.test(node));
    if (details.some((d) => d.includes("Filter:")) || !limited) found.push(line.trim());
  });
  return found;
}

type Statement = { text: string; params: unknown[] };
let handle: DatabaseHandle;
const recorded: Statement[] = [];
let admin: Actor;
let customer: Actor;
let provider: Actor;

/** The same connection, with a logger that keeps each statement and its parameters. */
function recordingDatabase(): Database {
  const logger = { logQuery: (text: string, params: unknown[]) => void recorded.push({ text, params }) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  return handle.driver === "pglite"
    ? drizzlePglite(client as PGlite, { schema, logger })
    : drizzlePg(client as Pool, { schema, logger });
}

/**
 * The statement's plan with sequential scans priced out (`enable_seqscan = off`): at a test's
 * size the planner rightly reads a 2,000-row table whole, so the question asked is whether an
 * index can serve the query at all; with none, the plan still shows the sequential scan. A
 * search must find its rows through an index condition (a bitmap scan of its trigram or pattern
 * index), so for one ordered index walks are priced out too: at this size the planner would
 * rather walk the sort's index and filter, which at a million rows reads them all for a rare match.
 * A search's walk of its sort's first rows is the exception: it is bounded by its window.
 */
async function explain({ text, params }: Statement, search: boolean): Promise<string> {
  // A search's walk (lib/list-search.ts) reads the first rows of the sort's order, named
  // `sort_window`: that read must be an index walk with a limit, so it keeps its index scans.
  const walk = text.includes('"sort_window"');
  type Queryable = { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, string>[] }> };
  const client = (
    handle.db as unknown as { $client: Queryable & { connect?(): Promise<Queryable & { release(): void }> } }
  ).$client;
  const connection = client.connect ? await client.connect() : client;
  try {
    await connection.query("set enable_seqscan = off");
    if (search && !walk) await connection.query("set enable_indexscan = off");
    const result = await connection.query(`explain ${text}`, params);
    await connection.query("reset enable_seqscan");
    await connection.query("reset enable_indexscan");
    return result.rows.map((row) => Object.values(row)[0]).join("\n");
  } finally {
    if ("release" in connection) connection.release();
  }
}

/** Runs a list through the recording database and answers the plans of its statements. */
async function plansOf(run: () => Promise<unknown>, search = false): Promise<string[]> {
  recorded.length = 0;
  installDatabase({ ...handle, db: recordingDatabase() });
  try {
    await run();
  } finally {
    installDatabase(handle);
  }
  const statements = recorded.filter(({ text }) => /^\s*(select|with)/i.test(text));
  // One after another: on PGlite's single connection, one statement's settings would leak into another's.
  const plans: string[] = [];
  for (const statement of statements) plans.push(await explain(statement, search));
  return plans;
}

beforeAll(async () => {
  handle = currentDatabase();
  await seedScale(handle.db, scaleSizeFor(size));
  admin = systemActor();
  const [org] = await handle.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`not ${organizations.provider} and ${organizations.slug} like 'scale-%'`)
    .limit(1);
  customer = userActor("plans", org!.id, "owner");
  const [providing] = await handle.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`${organizations.provider} and ${organizations.slug} like 'scale-%'`)
    .limit(1);
  provider = userActor("plans", providing!.id, "owner");
}, 300_000);

const deep = { page: 200, size: 20 };
/** Each list, whether it is a search (see `explain`), and how to run it. */
const lists: [string, boolean, () => Promise<unknown>][] = [
  ["organizations (admin list)", false, () => listOrganizations({ actor: admin, query: {} })],
  ["organizations by slug", false, () => listOrganizations({ actor: admin, query: { sort: "slug" } })],
  ["organizations search", true, () => listOrganizations({ actor: admin, query: { query: "-4242" } })],
  [
    "organizations search, each step",
    true,
    () =>
      throughEachSearchStep(() =>
        pageOrganizations({ actor: admin, filter: { query: "umbrella" }, page: { page: 1, size: 20 } }),
      ),
  ],
  [
    "organizations Spring page",
    false,
    () => pageOrganizations({ actor: admin, filter: {}, page: { page: 0, size: 20 } }),
  ],
  ["organizations deep page", false, () => pageOrganizations({ actor: admin, filter: {}, page: deep })],
  [
    "new subscription's organization search (admin), each step",
    true,
    () => throughEachSearchStep(() => searchSubscribers({ actor: admin, input: { query: "umbrella" } })),
  ],
  [
    "new subscription's organization search (provider's customers), each step",
    true,
    () => throughEachSearchStep(() => searchSubscribers({ actor: provider, input: { query: "umbrella" } })),
  ],
  ["subscriptions (admin list)", false, () => listSubscriptionRows({ actor: admin, query: {} })],
  [
    "subscriptions by status",
    false,
    () => listSubscriptionRows({ actor: admin, query: { status: "paused" } }),
  ],
  ["subscriptions search", true, () => listSubscriptionRows({ actor: admin, query: { q: "-4242" } })],
  [
    "subscriptions search, each step",
    true,
    () => throughEachSearchStep(() => listSubscriptionRows({ actor: admin, query: { q: "umbrella" } })),
  ],
  ["subscriptions count", false, () => countSubscriptions({ actor: admin, filter: { status: "grace" } })],
  ["subscriptions (customer portal)", false, () => listSubscriptions({ actor: customer, query: {} })],
  ["subscriptions filter choices", false, () => subscriptionFilterChoices({ actor: admin })],
  ["subscriptions filter choices (customer)", false, () => subscriptionFilterChoices({ actor: customer })],
  ["subscriptions filter choices (provider)", false, () => subscriptionFilterChoices({ actor: provider })],
  [
    "a list's organization filter (admin)",
    false,
    () => searchListedSubscribers({ actor: admin, list: "subscriptions", input: {} }),
  ],
  [
    "a list's organization filter (provider), each step",
    true,
    () =>
      throughEachSearchStep(() =>
        searchListedSubscribers({ actor: provider, list: "productKeys", input: { query: "umbrella" } }),
      ),
  ],
  [
    "product subscriptions Spring page",
    false,
    () => pageProductSubscriptions({ actor: admin, page: { page: 0, size: 20 } }),
  ],
  ["product subscriptions deep page", false, () => pageProductSubscriptions({ actor: admin, page: deep })],
  ["product keys (admin list)", false, () => listProductKeys({ actor: admin, query: {} })],
  ["product keys by prefix", true, () => listProductKeys({ actor: admin, query: { q: "sdpk_abc" } })],
  ["product keys (customer portal)", false, () => listProductKeys({ actor: customer, query: {} })],
  ["product keys list facts", false, () => productKeyListFacts({ actor: admin, filter: {} })],
  ["product keys list facts (customer)", false, () => productKeyListFacts({ actor: customer, filter: {} })],
  ["product keys list facts (provider)", false, () => productKeyListFacts({ actor: provider, filter: {} })],
  ["bundle search", false, () => searchBundles({ actor: admin, input: {} })],
  ["bundle search by name", true, () => searchBundles({ actor: admin, input: { q: "bundle 1234" } })],
  [
    "bundle search, each step",
    true,
    () => throughEachSearchStep(() => searchBundles({ actor: admin, input: { q: "cloud", page: 1 } })),
  ],
  [
    "bundle search by a provider's or product's name, each step",
    true,
    () =>
      throughEachSearchStep(() =>
        searchBundles({ actor: customer, input: { q: "labs", sort: "createdAt desc" } }),
      ),
  ],
  [
    "bundle search deep page",
    false,
    () => searchBundles({ actor: admin, input: { sort: "createdAt desc", ...deep } }),
  ],
  ["approval queue", false, () => listApprovalQueue({ actor: admin, input: {} })],
  ["audit log (platform)", false, () => listAuditEvents({ actor: admin, query: {} })],
  ["audit log oldest first", false, () => listAuditEvents({ actor: admin, query: { direction: "asc" } })],
  ["audit log (organization)", false, () => listAuditEvents({ actor: customer, query: {} })],
  ["audit log count (organization)", false, () => countAuditEvents({ actor: customer, filter: {} })],
  ["outbox", false, () => listOutbox({ actor: admin, query: {} })],
  ["outbox oldest first", false, () => listOutbox({ actor: admin, query: { direction: "asc" } })],
  ["outbox failed", false, () => listOutbox({ actor: admin, query: { status: "failed" } })],
  ["outbox failed count", false, () => countOutbox({ actor: admin, filter: { status: "failed" } })],
  ["outbox by recipient", true, () => listOutbox({ actor: admin, query: { to: "user4242@" } })],
  // The scale seed leaves the summary computed; were it not read, the platform's live count would read every subscription.
  ["dashboard figures (platform)", false, () => subscriptionFigures({ actor: admin })],
  ["dashboard figures (provider)", false, () => subscriptionFigures({ actor: provider })],
];

describe(`list plans at ${size} generated subscriptions`, () => {
  it.each(lists)("%s reads no large table whole", async (_name, search, run) => {
    const plans = await plansOf(run, search);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.flatMap(wholeTableReads)).toEqual([]);
  });

  it("sees a sequential scan when a list's index is missing (the check can fail)", async () => {
    await handle.db.execute(sql`drop index organizations_search_trgm_idx`);
    try {
      const plans = await plansOf(() => listOrganizations({ actor: admin, query: { query: "-4242" } }), true);
      expect(plans.flatMap(wholeTableReads)).not.toEqual([]);
    } finally {
      await handle.db.execute(
        sql`create index organizations_search_trgm_idx on organizations using gin (search_text gin_trgm_ops)`,
      );
    }
  });

  it("reads a new subscription's products and their plans in two statements, however many products", async () => {
    const choices = await subscribeChoices({ actor: admin });
    expect(choices.products.length).toBeGreaterThan(2);
    expect(await plansOf(() => subscribeChoices({ actor: admin }))).toHaveLength(2);
  });

  it("derives a slug by equality, whatever number of slugs share its start", async () => {
    const plans = await plansOf(() => createOrganization({ actor: admin, input: { name: "Scale" } }));
    expect(plans.flatMap(wholeTableReads)).toEqual([]);
  });
});
