import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  bundlePlanSubscriptions,
  bundleProducts,
  type ApprovalStatus,
  type Bundle,
  type ContractStatus,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { appendApprovals } from "./bundle-history";
import { deriveContractStatus } from "./transitions";

/**
 * After plan rows changed: each product's state follows its plans and the bundle's follows
 * all of them (transitions.ts), with a history row wherever a state moved. Answers the
 * bundle's new state for the caller to save with the bundle row.
 */
export async function deriveStatuses(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  note: string | null = null,
): Promise<ContractStatus> {
  const planRows = await tx
    .select()
    .from(bundlePlanSubscriptions)
    .where(eq(bundlePlanSubscriptions.bundleId, bundle.id));
  const productRows = await tx.select().from(bundleProducts).where(eq(bundleProducts.bundleId, bundle.id));
  for (const product of productRows) {
    const plans = planRows.filter((p) => p.bundleProductId === product.id).map((p) => p.approvalStatus);
    const derived = deriveContractStatus(product.approvalStatus ?? "DRAFT", plans);
    const next: ApprovalStatus | null = derived === "DRAFT" ? null : derived;
    if (next === product.approvalStatus) continue;
    await tx.update(bundleProducts).set({ approvalStatus: next }).where(eq(bundleProducts.id, product.id));
    if (next)
      await appendApprovals(tx, actor, bundle.id, [
        { level: "product", targetId: product.id, approvalStatus: next, note },
      ]);
  }
  const next = deriveContractStatus(
    bundle.contractStatus,
    planRows.map((p) => p.approvalStatus),
  );
  if (next !== bundle.contractStatus && next !== "DRAFT") {
    await appendApprovals(tx, actor, bundle.id, [
      { level: "bundle", targetId: null, approvalStatus: next, note },
    ]);
  }
  return next;
}
