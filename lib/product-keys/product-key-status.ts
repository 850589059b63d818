import { sql, type SQL } from "drizzle-orm";
import { productKeys, type ProductKey } from "@/db/schema";
import type { ProductKeyStatus } from "./product-key-schemas";

/**
 * A key's status now, derived (never stored) from its own fields, the first that applies:
 * revoked (final), disabled, invalid (`valid` switched off), payment_held, not_started,
 * expired, quota_exhausted, else active. The linked subscription's state (barred, ended) is
 * verify's to report. `productKeyStatusSql` is the same rule for the list filter: keep the two
 * in the same order.
 */
export function productKeyStatus(
  key: Pick<
    ProductKey,
    | "revokedOn"
    | "disabledOn"
    | "valid"
    | "paymentHeldOn"
    | "startsOn"
    | "expiresOn"
    | "quota"
    | "consumedQuota"
  >,
  at: Date,
): ProductKeyStatus {
  if (key.revokedOn) return "revoked";
  if (key.disabledOn) return "disabled";
  if (!key.valid) return "invalid";
  if (key.paymentHeldOn) return "payment_held";
  if (key.startsOn.getTime() > at.getTime()) return "not_started";
  if (key.expiresOn && key.expiresOn.getTime() <= at.getTime()) return "expired";
  if (key.quota !== null && key.consumedQuota >= key.quota) return "quota_exhausted";
  return "active";
}

/** The status as SQL, for `where productKeyStatusSql(at) = 'active'`. */
export function productKeyStatusSql(at: Date): SQL<ProductKeyStatus> {
  const moment = sql`${at.toISOString()}::timestamptz`;
  return sql<ProductKeyStatus>`(case
    when ${productKeys.revokedOn} is not null then 'revoked'
    when ${productKeys.disabledOn} is not null then 'disabled'
    when not ${productKeys.valid} then 'invalid'
    when ${productKeys.paymentHeldOn} is not null then 'payment_held'
    when ${productKeys.startsOn} > ${moment} then 'not_started'
    when ${productKeys.expiresOn} is not null and ${productKeys.expiresOn} <= ${moment} then 'expired'
    when ${productKeys.quota} is not null and ${productKeys.consumedQuota} >= ${productKeys.quota} then 'quota_exhausted'
    else 'active' end)`;
}
