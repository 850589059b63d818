import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, products, subscriptionChanges, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { decodeDateCursor, encodeCursor } from "@/lib/keyset-cursor";
import { parseInput } from "@/lib/validation";
import { commercialListScope } from "./commercial-policy";
import { subscriptionRecords } from "./commercial-records";
import { actionOfKind, loadChange } from "./load-change";
import { settleChange } from "./record-change";
import { cancelChangeSchema, changeListQuerySchema } from "./subscription-schemas";

/**
 * The changes still waiting — pending (for their date) and held (the review queue) — of the
 * subscriptions the actor may read, the soonest first, in keyset pages.
 */
export async function listOpenChanges({ actor, query }: { actor: Actor; query: unknown }) {
  const q = parseInput(changeListQuerySchema, query);
  let after: SQL | undefined;
  if (q.cursor) {
    const { at, id } = decodeDateCursor(q.cursor);
    after = sql`(${subscriptionChanges.effectiveOn}, ${subscriptionChanges.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`;
  }
  const db = await getDb();
  const rows = await db
    .select({
      change: subscriptionChanges,
      subscriptionNumber: subscriptions.number,
      organizationId: subscriptions.organizationId,
      providerOrganizationId: subscriptions.providerOrganizationId,
      organizationName: organizations.name,
      productId: subscriptions.productId,
      productName: products.name,
    })
    .from(subscriptionChanges)
    .innerJoin(subscriptions, eq(subscriptions.id, subscriptionChanges.subscriptionId))
    .innerJoin(organizations, eq(organizations.id, subscriptions.organizationId))
    .innerJoin(products, eq(products.id, subscriptions.productId))
    .where(
      and(
        commercialListScope(actor, subscriptionRecords),
        q.state
          ? eq(subscriptionChanges.state, q.state)
          : inArray(subscriptionChanges.state, ["pending", "held"]),
        q.subscriptionId ? eq(subscriptionChanges.subscriptionId, q.subscriptionId) : undefined,
        after,
      ),
    )
    .orderBy(asc(subscriptionChanges.effectiveOn), asc(subscriptionChanges.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1)?.change;
  return {
    items: page,
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor({ value: last.effectiveOn.toISOString(), id: last.id })
        : null,
  };
}

/** Withdraws a pending or held change; a withdrawn cancellation at period end lets the subscription run on. */
export async function cancelPendingChange({
  actor,
  changeId,
  input,
}: {
  actor: Actor;
  changeId: string;
  input: unknown;
}) {
  const { reason } = parseInput(cancelChangeSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { change, subscription } = await loadChange(tx, actor, changeId, (c) => actionOfKind(c.kind));
    const settled = await settleChange(tx, actor, subscription, change, {
      state: "cancelled",
      values: change.kind === "cancel" ? { cancelAtPeriodEnd: false } : {},
      note: reason ?? null,
    });
    if (!settled)
      throw new AppError(
        "conflict",
        `The change is ${change.state}: only a waiting change can be cancelled.`,
      );
    return settled;
  });
}
