import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { csvLine } from "@/lib/csv";
import { listProductKeys, productKeyFilterSchema, type ProductKeyView } from "@/lib/product-keys";
import { parseInput } from "@/lib/validation";

const moment = (at: Date | null) => at?.toISOString() ?? "";

// Prefixes only: a key's secret is never stored, so no export could hold it.
const columns: [string, (k: ProductKeyView) => string | number | boolean | null][] = [
  ["id", (k) => k.id],
  ["prefix", (k) => k.prefix],
  ["status", (k) => k.status],
  ["organization", (k) => k.organizationName],
  ["provider", (k) => k.providerName],
  ["products", (k) => k.products.map((p) => p.name).join(" | ")],
  ["description", (k) => k.description],
  ["ownerEmail", (k) => k.ownerEmail],
  ["firstName", (k) => k.firstName],
  ["lastName", (k) => k.lastName],
  ["company", (k) => k.company],
  ["tags", (k) => k.tags.join(" ")],
  ["quota", (k) => k.quota],
  ["consumedQuota", (k) => k.consumedQuota],
  ["quotaNotificationThreshold", (k) => k.quotaNotificationThreshold],
  ["startsOn", (k) => moment(k.startsOn)],
  ["expiresOn", (k) => moment(k.expiresOn)],
  ["disabledReason", (k) => k.disabledReason],
  ["revokedReason", (k) => k.revokedReason],
  ["lastUsedOn", (k) => moment(k.lastUsedOn)],
  ["createdOn", (k) => moment(k.createdOn)],
];

/**
 * Every key the filters match — the whole set, not one page — as CSV lines, within what the
 * actor may read (the list's own scope). A bad filter is refused before the header.
 */
export async function* exportProductKeysCsv({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): AsyncGenerator<string> {
  const f = parseInput(productKeyFilterSchema, filter);
  yield csvLine(columns.map(([name]) => name));
  let cursor: string | undefined;
  do {
    const batch = await listProductKeys({ actor, query: { ...f, limit: 200, cursor } });
    for (const key of batch.items) yield csvLine(columns.map(([, value]) => value(key)));
    cursor = batch.nextCursor ?? undefined;
  } while (cursor);
}
