import "server-only";
import { count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subscriptions } from "@/db/schema";

/**
 * How many subscriptions name a product. Ended ones count too: a subscription's record and
 * history are kept for good, so a product any subscription ever named is archived, not deleted.
 */
export async function liveSubscriptionsOf(tx: Executor, productId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(subscriptions)
    .where(eq(subscriptions.productId, productId));
  return row?.n ?? 0;
}
