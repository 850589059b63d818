import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { csvLine } from "@/lib/csv";
import { fromMinorUnits } from "@/lib/money";
import { parseInput } from "@/lib/validation";
import { subscriptionFilterSchema } from "./subscription-schemas";
import { listSubscriptionRows, type SubscriptionRow } from "./subscription-rows";

const day = (at: Date | null) => at?.toISOString() ?? "";

// Unit costs are kept in US cents, like the plans they are copied from (Astra's terms).
const columns: [string, (s: SubscriptionRow) => string | number | boolean | null][] = [
  ["number", (s) => s.number],
  ["id", (s) => s.id],
  ["organization", (s) => s.organizationName],
  ["organizationSlug", (s) => s.organizationSlug],
  ["provider", (s) => s.providerName],
  ["product", (s) => s.productName],
  ["productNumber", (s) => s.productNumber],
  ["plan", (s) => s.planName],
  ["planVersion", (s) => s.planVersion],
  ["status", (s) => s.status],
  ["terms", (s) => s.terms],
  ["quantity", (s) => s.quantity],
  ["startsOn", (s) => day(s.startsOn)],
  ["currentPeriodEndsOn", (s) => day(s.currentPeriodEndsOn)],
  ["graceEndsOn", (s) => day(s.graceEndsOn)],
  ["cancelAtPeriodEnd", (s) => s.cancelAtPeriodEnd],
  ["endedOn", (s) => day(s.endedOn)],
  ["endReason", (s) => s.endReason],
  ["barredFor", (s) => s.barredFor.join(" ")],
  ["waiting", (s) => s.waiting.map((w) => `${w.kind}:${w.state}`).join(" ")],
  ["appLimit", (s) => s.appLimit],
  ["namespaceLimit", (s) => s.namespaceLimit],
  ["costPerAppUnitUsd", (s) => fromMinorUnits(s.costPerAppUnitMinor, 2)],
  ["costPerNamespaceUnitUsd", (s) => fromMinorUnits(s.costPerNamespaceUnitMinor, 2)],
  ["createdOn", (s) => day(s.createdOn)],
];

/**
 * Every subscription the filters match — the whole set, not one page — as CSV lines, within
 * what the actor may read (the list's own scope). A bad filter is refused before the header.
 */
export async function* exportSubscriptionsCsv({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): AsyncGenerator<string> {
  const f = parseInput(subscriptionFilterSchema, filter);
  yield csvLine(columns.map(([name]) => name));
  let cursor: string | undefined;
  do {
    const batch = await listSubscriptionRows({ actor, query: { ...f, limit: 200, cursor } });
    for (const s of batch.items) yield csvLine(columns.map(([, value]) => value(s)));
    cursor = batch.nextCursor ?? undefined;
  } while (cursor);
}
