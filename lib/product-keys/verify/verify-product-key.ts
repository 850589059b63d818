import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { nowMs } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { hashProductKey, isWellFormedProductKey } from "../key-format";
import { notifyQuotaThreshold } from "./quota-threshold-notice";
import { runVerifyStatement, type VerifyRow } from "./verify-statement";
import { unknownKey, verifyProductKeySchema, type VerifyReason, type VerifyResult } from "./verify-schemas";

const toNumber = (value: string | number | null) => (value === null ? null : Number(value));

function resultOf(row: VerifyRow): VerifyResult {
  const quota = toNumber(row.quota);
  const reason = row.reason as VerifyReason;
  return {
    valid: reason === "VALID",
    reason,
    detail: reason === "DISABLED" ? (row.detail as VerifyResult["detail"]) : null,
    productKeyId: row.id,
    organizationId: row.organization_id,
    subscriptionId: row.subscription_id,
    remaining: quota === null ? null : Math.max(0, quota - Number(row.consumed_quota)),
    quota,
    expiresAt: toNumber(row.expires_ms),
  };
}

/** Whether this accepted call took the key's consumption to its notification threshold. */
function crossedThreshold(row: VerifyRow): boolean {
  const quota = toNumber(row.quota);
  if (row.reason !== "VALID" || !row.threshold_pending || row.threshold === null || quota === null)
    return false;
  return Number(row.consumed_quota) >= (quota * row.threshold) / 100;
}

/**
 * The provider's gateway asks whether a key may be used and consumes `cost` of its quota
 * (commercial-policy's `verifyKey`: the product's provider, or the platform). A key of another
 * provider answers exactly like one that does not exist. A malformed key or a wrong checksum is
 * UNKNOWN without touching the database; any other verify is one statement (verify-statement.ts).
 */
export async function verifyProductKey({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<VerifyResult> {
  const { key, productId, cost } = parseInput(verifyProductKeySchema, input);
  // Callers other than a provider or the platform have no keys to verify: every key is UNKNOWN.
  const provider = actor.platformAdmin ? null : actor.organizationId;
  if (!actor.platformAdmin && !provider) return unknownKey;
  if (!isWellFormedProductKey(key)) return unknownKey;
  const at = nowMs();
  const iso = new Date(at).toISOString();
  const row = await runVerifyStatement(await getDb(), [
    hashProductKey(key),
    provider,
    productId ?? null,
    cost,
    iso,
    iso.slice(0, 10),
  ]);
  if (!row) return unknownKey;
  if (crossedThreshold(row)) await notifyQuotaThreshold(row.id);
  return resultOf(row);
}
