import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleAccesses, bundleAccessStatuses, products, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { issueAccessKey } from "./issue-access-key";
import { setAccessStatus } from "./access-history";

/**
 * Access to newly approved products, one access per exchange type: GENERATE_TOKEN issues a
 * product key for them at once (ACTIVATION_REQUESTED → ACTIVE; the customer reveals its
 * secret once, later), MANUAL_EXCHANGE waits ACTIVATION_REQUESTED for the approver to record
 * the hand-off. Products an access already covers get no second one.
 */
export async function grantAccess(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  productIds: string[],
  subscriptionOf: Map<string, string>,
): Promise<string[]> {
  if (productIds.length === 0) return [];
  const emailIds: string[] = [];
  const existing = await tx.select().from(bundleAccesses).where(eq(bundleAccesses.bundleId, bundle.id));
  const covered = new Set(existing.flatMap((a) => a.productIds));
  const approved = (await tx.select().from(products).where(inArray(products.id, productIds))).filter(
    (p) => !covered.has(p.id),
  );
  for (const exchangeType of ["GENERATE_TOKEN", "MANUAL_EXCHANGE"] as const) {
    const chosen = approved.filter((p) => p.accessExchangeType === exchangeType);
    if (chosen.length === 0) continue;
    const at = now();
    const [access] = await tx
      .insert(bundleAccesses)
      .values({
        bundleId: bundle.id,
        name: chosen
          .map((p) => p.name)
          .join(", ")
          .slice(0, 200),
        exchangeType,
        status: "ACTIVATION_REQUESTED",
        productIds: chosen.map((p) => p.id),
        createdById: actor.userId,
        createdOn: at,
        updatedOn: at,
      })
      .returning();
    await tx.insert(bundleAccessStatuses).values({
      accessId: access!.id,
      statusValue: "ACTIVATION_REQUESTED",
      createdById: actor.userId,
      createdBy: actor.label,
      createdAt: at,
    });
    if (exchangeType === "GENERATE_TOKEN") {
      const subscriptionId = chosen.map((p) => subscriptionOf.get(p.id)).find(Boolean);
      const issued = await issueAccessKey(tx, actor, bundle, chosen, subscriptionId, "decideRequest");
      // Without anybody to hold it yet, the key is issued when the customer first reveals it.
      if (issued) {
        emailIds.push(...issued.emailIds);
        await setAccessStatus(tx, actor, access!.id, "ACTIVE", null, { productKeyId: issued.productKeyId });
      }
    }
    await recordAuditEvent(tx, actor, {
      action: "bundle.access.grant",
      objectType: "bundle",
      objectId: bundle.id,
      organizationId: bundle.organizationId,
      after: { accessId: access!.id, exchangeType, productIds: chosen.map((p) => p.id) },
    });
  }
  return emailIds;
}
