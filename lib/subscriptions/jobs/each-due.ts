import "server-only";
import { eq, type SQL } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { subscriptions, type Subscription } from "@/db/schema";

/** How many subscriptions one run settles per job; the next run (a minute later) takes the rest. */
export const batchSize = 500;

/** The ids of up to one batch of subscriptions that match a job's "due" condition. */
export async function dueSubscriptionIds(due: SQL | undefined): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ id: subscriptions.id }).from(subscriptions).where(due).limit(batchSize);
  return rows.map((row) => row.id);
}

/**
 * Runs `work` on each due subscription in a transaction of its own, with the row locked and the
 * condition that made it due checked again on the locked row: a second run, or a run overlapping
 * this one, finds nothing left to do. Answers how many it changed.
 */
export async function eachDue(
  dueIds: string[],
  work: (tx: Transaction, subscription: Subscription) => Promise<boolean>,
): Promise<number> {
  const db = await getDb();
  let changed = 0;
  for (const id of dueIds) {
    const done = await db.transaction(async (tx) => {
      const [subscription] = await tx
        .select()
        .from(subscriptions)
        .where(eq(subscriptions.id, id))
        .for("update");
      return subscription ? work(tx, subscription) : false;
    });
    if (done) changed++;
  }
  return changed;
}
