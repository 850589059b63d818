import "server-only";
import type { Database } from "@/db/client";

/**
 * Verify-and-consume in ONE statement, so a verify costs one round trip and quota stays exact
 * under any concurrency. `found` reads the key by its secret's hash (a live secret of a key of
 * the caller's provider — anything else is no row: UNKNOWN, and nothing is written) and names
 * the first refusal. `consumed` adds the cost only if the quota allows it: under READ COMMITTED
 * a concurrent verify of the same key waits for the row and re-checks `consumed_quota + cost <=
 * quota` on the committed value, so with quota 50 exactly 50 calls pass, however many processes
 * ask at once. `usage` counts the call in the day's row (a refusal in `refused`).
 *
 * Parameters: $1 secret hash, $2 provider organization (null: a platform caller), $3 product
 * (null: any), $4 cost, $5 now, $6 today (UTC date). A cost of 0 checks that one unit is left.
 * The order of refusals matches `productKeyStatus` (lib/product-keys/product-key-status.ts).
 */
export const verifyStatement = `
with found as (
  select k.id, k.organization_id, k.subscription_id, k.quota, k.consumed_quota,
    (extract(epoch from k.expires_on) * 1000)::bigint as expires_ms,
    k.quota_notification_threshold,
    k.quota_threshold_notified_on is null as threshold_pending,
    case
      when k.revoked_on is not null then 'revoked'
      when k.disabled_on is not null then 'disabled'
      when not k.valid then 'invalid'
      when k.payment_held_on is not null then 'payment_held'
    end as detail,
    case
      when k.revoked_on is not null or k.disabled_on is not null or not k.valid
        or k.payment_held_on is not null then 'DISABLED'
      when k.starts_on > $5::timestamptz then 'NOT_STARTED'
      when k.expires_on is not null and k.expires_on <= $5::timestamptz then 'EXPIRED'
      when $3::uuid is not null and not exists (
        select 1 from product_key_products p where p.product_key_id = k.id and p.product_id = $3::uuid
      ) then 'WRONG_PRODUCT'
      when s.status = 'ended' then 'SUBSCRIPTION_ENDED'
      when exists (
        select 1 from subscription_barrings b where b.subscription_id = k.subscription_id and b.active
      ) then 'BARRED'
    end as refusal
  from product_key_secrets ks
  join product_keys k on k.id = ks.product_key_id
  left join subscriptions s on s.id = k.subscription_id
  where ks.secret_hash = $1
    and ks.revoked_on is null
    and (ks.expires_on is null or ks.expires_on > $5::timestamptz)
    and ($2::uuid is null or k.provider_organization_id = $2::uuid)
),
consumed as (
  update product_keys k
  set consumed_quota = k.consumed_quota + $4::bigint, last_used_on = $5::timestamptz
  from found f
  where k.id = f.id and f.refusal is null
    and (k.quota is null or k.consumed_quota + greatest($4::bigint, 1) <= k.quota)
  returning k.id, k.consumed_quota, k.quota
),
usage as (
  insert into product_key_usage as u (product_key_id, day, accepted, consumed, refused)
  select f.id, $6::date,
    case when c.id is null then 0 else 1 end,
    case when c.id is null then 0 else $4::bigint end,
    case when c.id is null then 1 else 0 end
  from found f left join consumed c on c.id = f.id
  on conflict (product_key_id, day) do update set
    accepted = u.accepted + excluded.accepted,
    consumed = u.consumed + excluded.consumed,
    refused = u.refused + excluded.refused
)
select f.id, f.organization_id, f.subscription_id, f.expires_ms, f.detail,
  coalesce(f.refusal, case when c.id is null then 'QUOTA_EXCEEDED' else 'VALID' end) as reason,
  coalesce(c.quota, f.quota) as quota,
  coalesce(c.consumed_quota, f.consumed_quota) as consumed_quota,
  f.quota_notification_threshold as threshold,
  f.threshold_pending
from found f left join consumed c on c.id = f.id`;

export interface VerifyRow {
  id: string;
  organization_id: string;
  subscription_id: string | null;
  expires_ms: string | number | null;
  detail: string | null;
  reason: string;
  quota: string | number | null;
  consumed_quota: string | number;
  threshold: number | null;
  threshold_pending: boolean;
}

export type VerifyParams = [
  hash: string,
  provider: string | null,
  product: string | null,
  cost: number,
  now: string,
  day: string,
];

/** The driver's own client (pg's pool or PGlite) under the Drizzle handle. */
type RawClient = {
  query(
    query: { name: string; text: string; values: unknown[] } | string,
    values?: unknown[],
  ): Promise<{
    rows: unknown[];
  }>;
};

/**
 * Runs the statement on the driver's client, past Drizzle's query builder: on PostgreSQL as a
 * named prepared statement, parsed and planned once per connection instead of on every call.
 */
export async function runVerifyStatement(db: Database, params: VerifyParams): Promise<VerifyRow | undefined> {
  const client = (db as unknown as { $client: RawClient }).$client;
  const isPool = "totalCount" in client;
  const result = isPool
    ? await client.query({ name: "subdesk_verify_product_key", text: verifyStatement, values: params })
    : await client.query(verifyStatement, params);
  return result.rows[0] as VerifyRow | undefined;
}
