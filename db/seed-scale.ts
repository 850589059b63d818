import { randomBytes } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { refreshDashboardSummaries } from "@/lib/dashboard/summary/refresh-summaries";
import type { Database, Executor } from "./client";

/**
 * What one run adds: `size` subscriptions and as many keys, audit events and emails; a tenth of
 * that in organizations and bundles.
 */
export type ScaleSize = {
  subscriptions: number;
  organizations: number;
  productKeys: number;
  bundles: number;
  auditEvents: number;
  emails: number;
};

export const scaleSizeFor = (subscriptions: number): ScaleSize => ({
  subscriptions,
  organizations: Math.max(10, Math.round(subscriptions / 10)),
  productKeys: subscriptions,
  bundles: Math.max(1, Math.round(subscriptions / 10)),
  auditEvents: subscriptions,
  emails: subscriptions,
});

/** Words the generated names are made of, so substring searches find some rows and miss others. */
const firstWords = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark",
  "Wayne",
  "Tyrell",
  "Cyberdyne",
  "Hooli",
  "Vandelay",
];
const secondWords = ["Labs", "Systems", "Analytics", "Cloud", "Logistics", "Health", "Energy", "Media"];
const textArray = (words: string[]) =>
  sql`array[${sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  )}]::text[]`;

/** Every table the generator fills. */
const filledTables = [
  "organizations",
  "products",
  "subscriptions",
  "product_keys",
  "product_key_secrets",
  "product_key_products",
  "product_key_usage",
  "bundles",
  "bundle_products",
  "audit_events",
  "email_outbox",
];

/**
 * Leaves the generated tables as autovacuum would in a running system: with a visibility map,
 * without which an index-only scan visits the table for every row it reads (a deep page 7×
 * slower at a million rows). Apart from `seedScale` because the plan tests read their statements'
 * plans over freshly filled tables. VACUUM runs outside any transaction, so under the
 * per-statement time limit: one table at a time.
 */
export async function vacuumGenerated(db: Database, log: (line: string) => void = () => {}) {
  const started = performance.now();
  for (const table of filledTables) await db.execute(sql`vacuum ${sql.identifier(table)}`);
  log(`vacuum (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Fills the database with a realistic volume for the list benchmarks and plan tests, in SQL
 * (`generate_series`, INSERT … SELECT) so a million rows take minutes, not hours. Every row is one
 * the app could have written: search columns filled, foreign keys right, subscriptions across
 * their lifecycle states, keys with a secret prefix, products and a few days of usage, bundle
 * requests in every contract state. Each run adds its own rows (slugs carry a run tag).
 */
export async function seedScale(db: Database, size: ScaleSize, log: (line: string) => void = () => {}) {
  const run = randomBytes(3).toString("hex");
  const tag = `scale-${run}`;
  const timed = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  // One transaction: one connection for the temporary tables, and nothing left half-made.
  await db.transaction(async (tx) => {
    const step = (label: string, query: SQL) => timed(label, () => tx.execute(query));
    // A million-row INSERT … SELECT outlasts the app's per-statement limit (DB_STATEMENT_TIMEOUT_MS).
    await tx.execute(sql`set local statement_timeout = 0`);
    await fill(tx, step);
  });
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    await timed("analyze", () => tx.execute(sql`analyze`));
  });
  // The dashboards read their figures from the summary: make it count what was just added.
  await timed("dashboard summaries", () => refreshDashboardSummaries({ db }));
  return { run };

  async function fill(db: Executor, step: (label: string, query: SQL) => Promise<void>) {
    const ago = (days: number, n: SQL) => sql`now() - (${n} % ${days * 1440}) * interval '1 minute'`;

    await step(
      `${size.organizations} organizations`,
      sql`insert into organizations (slug, name, description, provider, organization_status, search_text, created_on, updated_on)
        select slug, name, description, provider, status::organization_status,
               lower(name || ' ' || slug || ' ' || description), created, created
        from (
          select ${tag} || '-' || g as slug,
                 (${textArray(firstWords)})[1 + g % ${firstWords.length}] || ' ' ||
                 (${textArray(secondWords)})[1 + (g / ${firstWords.length}) % ${secondWords.length}] || ' ' || g as name,
                 'Generated for scale tests, batch ' || ${run} as description,
                 g % 500 = 1 as provider,
                 case when g % 50 = 7 then 'suspended' when g % 97 = 3 then 'closed' else 'active' end as status,
                 ${ago(1095, sql`(g::bigint * 7919)`)} as created
          from generate_series(1, ${size.organizations}) as g
        ) as o`,
    );
    // Numbered views of this run's providers and customers, so rows below pick theirs by arithmetic.
    await db.execute(
      sql`create temp table scale_providers on commit drop as
        select id, row_number() over (order by id) as rn from organizations where slug like ${`${tag}-%`} and provider`,
    );
    await db.execute(
      sql`create temp table scale_customers on commit drop as
        select id, slug, row_number() over (order by id) as rn from organizations
        where slug like ${`${tag}-%`} and not provider`,
    );
    await step(
      "products (five per provider)",
      sql`insert into products (provider_organization_id, name, description, product_status, publicly_available, search_text)
        select p.id, name, 'A generated product', 'PUBLISHED', true, lower(name || ' a generated product')
        from scale_providers p, generate_series(1, 5) as k,
             lateral (select (${textArray(secondWords)})[k] || ' ' || ${run} || ' ' || p.rn as name) as n`,
    );
    await db.execute(
      sql`create temp table scale_products on commit drop as
        select pr.id, pr.provider_organization_id, row_number() over (order by pr.id) as rn
        from products pr join scale_providers p on p.id = pr.provider_organization_id`,
    );
    await db.execute(sql`analyze scale_providers, scale_customers, scale_products`);
    const customers = sql`(select count(*) from scale_customers)`;
    const productCount = sql`(select count(*) from scale_products)`;

    await step(
      `${size.subscriptions} subscriptions`,
      sql`insert into subscriptions (organization_id, provider_organization_id, product_id, status, terms, quantity,
          starts_on, current_period_ends_on, grace_ends_on, paused_on, ended_on, end_reason, created_on, updated_on,
          created_by, modified_by)
        select c.id, pr.provider_organization_id, pr.id, s.status::subscription_status,
               (case when s.status = 'trialing' then 'trial' else 'paid' end)::plan_terms, 1 + g % 5,
               s.created, s.created + interval '30 days',
               case when s.status = 'grace' then now() + interval '7 days' end,
               case when s.status = 'paused' then now() - interval '2 days' end,
               case when s.status = 'ended' then now() - interval '1 day' end,
               case when s.status = 'ended' then 'generated' end,
               s.created, s.created, ${tag}, ${tag}
        from generate_series(1, ${size.subscriptions}) as g
        join scale_customers c on c.rn = 1 + g % ${customers}
        join scale_products pr on pr.rn = 1 + (g * 31) % ${productCount}
        cross join lateral (
          select case when g % 100 < 70 then 'active' when g % 100 < 78 then 'trialing'
                      when g % 100 < 83 then 'paused' when g % 100 < 86 then 'grace'
                      when g % 100 < 90 then 'scheduled' else 'ended' end as status,
                 ${ago(730, sql`(g::bigint * 104729)`)} as created
        ) as s`,
    );
    await step(
      `${size.productKeys} product keys`,
      sql`insert into product_keys (provider_organization_id, organization_id, subscription_id, owner_email, first_name,
          last_name, description, starts_on, quota, consumed_quota, tags, created_on, updated_on, created_by, modified_by)
        select s.provider_organization_id, s.organization_id, s.id,
               'user' || s.number || '@' || c.slug || '.example', 'Key', 'Owner ' || s.number,
               'Generated key ' || s.number, s.created_on,
               case when s.number % 3 = 0 then 100000 end, (s.number * 37) % 90000,
               array[(array['ci', 'analytics', 'backup', 'edge'])[1 + s.number % 4]], s.created_on, s.created_on,
               ${tag}, ${tag}
        from subscriptions s join scale_customers c on c.id = s.organization_id
        where s.created_by = ${tag}
        order by s.number
        limit ${size.productKeys}`,
    );
    await step(
      "key products, secrets and usage",
      sql`with keys as (
          select k.id, k.created_on, s.product_id, s.provider_organization_id, s.number
          from product_keys k join subscriptions s on s.id = k.subscription_id
          where k.created_by = ${tag}
        ),
        products_of as (insert into product_key_products (product_key_id, product_id, provider_organization_id)
          select id, product_id, provider_organization_id from keys),
        secrets as (
          insert into product_key_secrets (product_key_id, prefix, secret_hash, created_on, created_by)
          select id, 'sdpk_' || substr(md5(id::text), 1, 7), md5(id::text || ${run}), created_on, ${tag} from keys
        )
        insert into product_key_usage (product_key_id, day, accepted, consumed, refused)
        select id, (current_date - d)::date, 100 + number % 400, 90 + number % 300, number % 7
        from keys, generate_series(0, 2) as d
        where number % 10 = 0`,
    );
    await step(
      `${size.bundles} bundle requests`,
      sql`with made as (
          insert into bundles (organization_id, provider_organization_id, name, description, contract_status,
            requested_on, created_on, updated_on, created_by, modified_by)
          select c.id, pr.provider_organization_id,
                 (${textArray(secondWords)})[1 + g % ${secondWords.length}] || ' bundle ' || g,
                 'Generated request ' || ${run},
                 (array['DRAFT', 'REQUESTED', 'IN_PROGRESS', 'APPROVED', 'REJECTED', 'TERMINATED'])[1 + g % 6]::contract_status,
                 case when g % 6 <> 0 then ${ago(365, sql`(g::bigint * 7907)`)} end,
                 ${ago(365, sql`(g::bigint * 7907)`)}, ${ago(365, sql`(g::bigint * 7907)`)}, ${tag}, ${tag}
          from generate_series(1, ${size.bundles}) as g
          join scale_customers c on c.rn = 1 + (g * 13) % ${customers}
          join scale_products pr on pr.rn = 1 + g % ${productCount}
          returning id, provider_organization_id, contract_status
        )
        insert into bundle_products (bundle_id, product_id, approval_status)
        select m.id, (select p.id from scale_products p where p.provider_organization_id = m.provider_organization_id
                      order by p.rn limit 1),
               case when m.contract_status <> 'DRAFT' then m.contract_status::text::approval_status end
        from made m`,
    );
    await step(
      `${size.auditEvents} audit events`,
      sql`insert into audit_events (organization_id, occurred_on, actor_type, actor_label, action, object_type, object_id)
        select c.id, ${ago(730, sql`(g::bigint * 6271)`)}, 'user', 'user' || g || '@' || c.slug || '.example',
               (array['subscription.create', 'subscription.update', 'product_key.create', 'bundle.request'])[1 + g % 4],
               'subscription', 'generated-' || g
        from generate_series(1, ${size.auditEvents}) as g
        join scale_customers c on c.rn = 1 + (g * 17) % ${customers}`,
    );
    // Mostly delivered or kept (no SMTP); a few in every undelivered state, as the Outbox filters them.
    await step(
      `${size.emails} emails`,
      sql`insert into email_outbox ("to", subject, text, transport, sent_on, error, attempts, next_attempt_on, created_on)
        select 'user' || g || '@' || c.slug || '.example', 'Generated notice ' || g, 'A generated email, batch ' || ${run},
               (case when g % 100 between 3 and 29 then 'outbox' else 'smtp' end)::email_transport,
               case when g % 100 >= 30 then e.created + interval '1 minute' end,
               case when g % 100 < 2 then '550 generated failure' end,
               case when g % 100 between 3 and 29 then 0 when g % 100 = 0 then 5 else 1 end,
               case when g % 100 in (1, 2) then now() + interval '5 minutes' end,
               e.created
        from generate_series(1, ${size.emails}) as g
        join scale_customers c on c.rn = 1 + (g * 29) % ${customers}
        cross join lateral (select ${ago(365, sql`(g::bigint * 7883)`)} as created) as e`,
    );
  }
}
