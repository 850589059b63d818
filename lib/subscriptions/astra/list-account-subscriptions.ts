import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/open";
import { subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listTotal } from "@/lib/list-total";
import { commercialListScope } from "../commercial-policy";
import { subscriptionRecords } from "../commercial-records";
import { ensureAccountProduct } from "./account-product";
import { astraAccount } from "./astra-account";
import { astraFields } from "./astra-fields";
import {
  astraListQuerySchema,
  astraResourceVersion,
  astraSubscriptionSchema,
  type AstraListQuery,
} from "./astra-schemas";
import { decodeContinue, encodeContinue, listDigest } from "./continue-token";
import { parseFilter, parseInclude, parseOrderBy, rejectUnsupportedParameters } from "./list-query";
import { afterSql, filterSql, type SortKey } from "./list-sql";
import { presentAstraSubscription } from "./present-astra";

const defaultLimit = 100;
const kinds = Object.fromEntries(Object.entries(astraFields).map(([name, f]) => [name, f.kind]));
const metadataFields = Object.keys(astraSubscriptionSchema.shape.metadata.shape).map(
  (name) => `metadata.${name}`,
);
const includable = [...Object.keys(astraSubscriptionSchema.shape), ...metadataFields];

/** Projects a resource onto the included fields, in their order (`metadata.x` reads inside). */
function project(resource: Record<string, unknown>, include: string[]): unknown[] {
  return include.map((name) => {
    const [head, inner] = name.split(".");
    const value = resource[head!];
    return (inner ? (value as Record<string, unknown>)[inner] : value) ?? null;
  });
}

/**
 * Astra's list of an account's subscriptions (ended ones too, as inactive), oldest first unless
 * `orderBy` says otherwise; always ordered by id last, so pages never overlap. `skip` applies to
 * the first page; `continue` carries on from where the last page stopped (`skip` is then ignored).
 */
export async function listAccountSubscriptions({
  actor,
  accountId,
  query,
  parameterNames,
}: {
  actor: Actor;
  accountId: string;
  query: AstraListQuery;
  /** Every parameter the request named, supported or not. */
  parameterNames: Iterable<string>;
}) {
  rejectUnsupportedParameters(parameterNames, Object.keys(astraListQuerySchema.shape));
  const clauses = query.filter ? parseFilter(query.filter, kinds) : [];
  const order = query.orderBy
    ? parseOrderBy(query.orderBy, kinds)
    : [{ field: "metadata.creationTimestamp", direction: "asc" as const }];
  const include = query.include ? parseInclude(query.include, includable) : null;
  const keys: SortKey[] = [
    ...order,
    ...(order.some((k) => k.field === "id") ? [] : [{ field: "id", direction: "asc" as const }]),
  ].map((key) => ({ ...key, ...astraFields[key.field]! }));
  const digest = listDigest({ accountId, clauses, order });
  const position = query.continue
    ? decodeContinue(
        query.continue,
        digest,
        keys.map((k) => k.kind),
      )
    : null;

  const product = await ensureAccountProduct();
  const db = await getDb();
  await astraAccount(db, actor, accountId, product, "read");
  const where = and(
    commercialListScope(actor, subscriptionRecords),
    eq(subscriptions.organizationId, accountId),
    eq(subscriptions.productId, product.id),
    ...clauses.map(filterSql),
  );
  const limit = query.limit ?? defaultLimit;
  const keyValues = Object.fromEntries(keys.map((key, i) => [`k${i}`, sql<string>`${key.asText}`]));
  const [rows, total] = await Promise.all([
    db
      .select({ row: subscriptions, ...keyValues })
      .from(subscriptions)
      .where(and(where, position ? afterSql(keys, position) : undefined))
      .orderBy(...keys.map((key) => sql`${key.expression} ${sql.raw(key.direction)}`))
      .limit(limit + 1)
      .offset(position ? 0 : (query.skip ?? 0)),
    query.count === "true"
      ? listTotal(db, db.select({ id: subscriptions.id }).from(subscriptions).where(where))
      : null,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1) as Record<string, unknown> | undefined;
  const items = page.map(({ row }) => presentAstraSubscription(row));
  return {
    type: "application/astra-subscriptions" as const,
    version: astraResourceVersion,
    items: include ? items.map((item) => project(item, include)) : items,
    metadata: {
      ...(rows.length > limit && last
        ? {
            continue: encodeContinue(
              digest,
              keys.map((_, i) => String(last[`k${i}`])),
            ),
          }
        : {}),
      ...(total ? { count: total.count, ...(total.estimated ? { countEstimated: true as const } : {}) } : {}),
    },
  };
}
