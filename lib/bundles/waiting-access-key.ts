import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  bundlePlanSubscriptions,
  bundleProducts,
  products,
  type Bundle,
  type bundleAccesses,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { setAccessStatus } from "./access-history";
import { issueAccessKey } from "./issue-access-key";

/**
 * A GENERATE_TOKEN access approved while the customer organization had nobody to hold a key
 * waits ACTIVATION_REQUESTED; the first of its people to reveal the key gets it issued to
 * them, and the access goes ACTIVE. Answers the key's id and the emails to deliver.
 */
export async function issueWaitingKey(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  access: typeof bundleAccesses.$inferSelect,
): Promise<{ productKeyId: string; emailIds: string[] }> {
  const chosen = await tx.select().from(products).where(inArray(products.id, access.productIds));
  const [linked] = await tx
    .select({ subscriptionId: bundlePlanSubscriptions.subscriptionId })
    .from(bundlePlanSubscriptions)
    .innerJoin(bundleProducts, eq(bundleProducts.id, bundlePlanSubscriptions.bundleProductId))
    .where(
      and(
        eq(bundlePlanSubscriptions.bundleId, bundle.id),
        inArray(bundleProducts.productId, access.productIds),
        isNotNull(bundlePlanSubscriptions.subscriptionId),
      ),
    )
    .limit(1);
  const issued = await issueAccessKey(
    tx,
    actor,
    bundle,
    chosen,
    linked?.subscriptionId ?? undefined,
    "requestBundle",
  );
  if (!issued) {
    throw new AppError(
      "conflict",
      "Nobody of the customer's can hold this key yet: reveal it as a signed-in user.",
      {
        invalidFields: [{ name: "accessId", reason: "has no key holder" }],
      },
    );
  }
  await setAccessStatus(tx, actor, access.id, "ACTIVE", null, { productKeyId: issued.productKeyId });
  return issued;
}
