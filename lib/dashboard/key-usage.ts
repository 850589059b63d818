import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, productKeys } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import type { ProductKeyStatus } from "@/lib/product-keys/product-key-schemas";
import { productKeyStatusSql } from "@/lib/product-keys/product-key-status";
import { productKeyScope } from "./scope";

/** A key is near its quota from this share used, or from its own notification threshold if lower. */
export const nearQuotaPercent = 80;

export interface KeyUsage {
  id: string;
  description: string;
  organizationName: string;
  status: ProductKeyStatus;
  consumedQuota: number;
  /** Null: no quota. */
  quota: number | null;
  /** Share of the quota used, 0–100+ (one decimal); null without a quota. */
  percentUsed: number | null;
  quotaNotificationThreshold: number | null;
}

const percentUsed = sql<number>`${productKeys.consumedQuota} * 100.0 / nullif(${productKeys.quota}, 0)`;

async function readKeys(actor: Actor, db: Executor | undefined, condition: SQL | undefined, limit: number) {
  const executor = db ?? (await getDb());
  const status = productKeyStatusSql(now());
  const rows = await executor
    .select({
      id: productKeys.id,
      description: productKeys.description,
      organizationName: organizations.name,
      status,
      consumedQuota: productKeys.consumedQuota,
      quota: productKeys.quota,
      quotaNotificationThreshold: productKeys.quotaNotificationThreshold,
    })
    .from(productKeys)
    .innerJoin(organizations, eq(organizations.id, productKeys.organizationId))
    .where(and(productKeyScope(actor), isNull(productKeys.revokedOn), condition))
    .orderBy(desc(sql`coalesce(${percentUsed}, -1)`), asc(productKeys.description), asc(productKeys.id))
    .limit(limit);
  return rows.map((row): KeyUsage => ({
    ...row,
    percentUsed: row.quota ? Math.round((row.consumedQuota * 1000) / row.quota) / 10 : null,
  }));
}

/** The actor's keys that are not revoked, the most used share of quota first. */
export const keyUsage = ({ actor, db, limit = 10 }: { actor: Actor; db?: Executor; limit?: number }) =>
  readKeys(actor, db, undefined, limit);

/**
 * Keys with a quota at or past `nearQuotaPercent` or their own notification threshold,
 * whichever comes first — the ones about to be refused. Revoked keys are left out.
 */
export const keysNearQuota = ({ actor, db, limit = 10 }: { actor: Actor; db?: Executor; limit?: number }) =>
  readKeys(
    actor,
    db,
    and(
      isNotNull(productKeys.quota),
      sql`${percentUsed} >= least(coalesce(${productKeys.quotaNotificationThreshold}, ${nearQuotaPercent}), ${nearQuotaPercent})`,
    ),
    limit,
  );
