import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { subscriptionChanges, type SubscriptionChange } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { loadSubscription } from "./load-subscription";

/**
 * A subscription's history, newest first: every change asked for — applied, pending, held,
 * cancelled or rejected — with who asked, when, from → to, and the requested and applied dates.
 */
export async function subscriptionHistory({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<SubscriptionChange[]> {
  const db = await getDb();
  const { subscription } = await loadSubscription(db, actor, id, "read");
  return db
    .select()
    .from(subscriptionChanges)
    .where(eq(subscriptionChanges.subscriptionId, subscription.id))
    .orderBy(desc(subscriptionChanges.requestedOn), desc(subscriptionChanges.sequence));
}
