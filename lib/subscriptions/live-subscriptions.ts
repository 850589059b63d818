import "server-only";
import { count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { productSubscriptions } from "@/db/schema";

/** How many live subscriptions use a product: while any do, it cannot be deleted. */
export async function liveSubscriptionsOf(tx: Executor, productId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(productSubscriptions)
    .where(eq(productSubscriptions.productId, productId));
  return row?.n ?? 0;
}
