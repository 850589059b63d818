// temporary: explain every statement a domain call runs (not committed)
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool, type QueryConfig } from "pg";
import { sql } from "drizzle-orm";
import * as schema from "@/db/schema";
import { organizations } from "@/db/schema";
import { installDatabase, type Database } from "@/db/client";
import { userActor } from "@/lib/testing/factories";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { productKeyListFacts } from "@/lib/product-keys/list-facts";

const pool = new Pool({ connectionString: process.env.URL, max: 4 });
const seen: { text: string; values?: unknown[] }[] = [];
const query = pool.query.bind(pool) as any;
(pool as any).query = async (config: any, values?: unknown[]) => {
  if (typeof config === "object" && config.text && !String(config.text).startsWith("explain"))
    seen.push({ text: config.text, values: config.values ?? values });
  return query(config, values);
};
const db = drizzle(pool, { schema }) as unknown as Database;
installDatabase({ db, driver: "postgres", close: () => pool.end() });
const which = process.argv[2] ?? "subs";
const [providerOrg] = await db
  .select({ id: organizations.id })
  .from(organizations)
  .where(sql`${organizations.provider} and ${organizations.slug} like 'scale-%'`)
  .limit(1);
const actor = userActor("bench", providerOrg!.id, "owner");
seen.length = 0;
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  if (which === "subs") await subscriptionFilterChoices({ actor });
  else await productKeyListFacts({ actor, filter: {} });
  console.log("call ms", (performance.now() - t).toFixed(1));
}
const stmts = seen.slice(seen.length / 2);
for (const s of stmts) {
  const r = await query({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
  const lines = r.rows.map((x: any) => x["QUERY PLAN"]);
  console.log("\n=== ", s.text.slice(0, 300));
  console.log(lines.join("\n"));
}
await pool.end();
