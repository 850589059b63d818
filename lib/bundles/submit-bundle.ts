import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundlePlanSubscriptions, bundleProducts, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { AppError } from "@/lib/errors";
import { assertSubscriberWritable } from "@/lib/subscriptions/subscriber-organization";
import { parseInput } from "@/lib/validation";
import { appendApprovals, saveBundle } from "./bundle-history";
import { transitionNoteSchema } from "./bundle-schemas";
import { loadBundle } from "./load-bundle";
import { notifyApprovers } from "./notify-bundle";
import { assertTransition } from "./transitions";

/**
 * Sends a draft to the provider: the bundle and every plan and product in it become
 * REQUESTED, with their history rows, and the provider's approvers get an email. A bundle
 * without plans, or with a product none of whose plans is asked for, cannot be decided.
 */
export async function submitBundle({
  actor,
  id,
  input = {},
}: {
  actor: Actor;
  id: string;
  input?: unknown;
}): Promise<Bundle> {
  const { note, changeSequence } = parseInput(transitionNoteSchema, input);
  const db = await getDb();
  const { bundle, queued } = await db.transaction(async (tx) => {
    const { bundle: before } = await loadBundle(tx, actor, id, "requestBundle", changeSequence);
    assertTransition("submit", before.contractStatus);
    await assertSubscriberWritable(tx, actor, before.organizationId);
    const planRows = await tx
      .update(bundlePlanSubscriptions)
      .set({ approvalStatus: "REQUESTED" })
      .where(
        and(eq(bundlePlanSubscriptions.bundleId, before.id), isNull(bundlePlanSubscriptions.approvalStatus)),
      )
      .returning();
    const productRows = await tx
      .update(bundleProducts)
      .set({ approvalStatus: "REQUESTED" })
      .where(eq(bundleProducts.bundleId, before.id))
      .returning();
    const bare = productRows.filter(
      (product) => !planRows.some((plan) => plan.bundleProductId === product.id),
    );
    if (planRows.length === 0 || bare.length > 0) {
      throw new AppError("invalid_input", "Choose at least one plan of every product before submitting.", {
        invalidFields: [{ name: "planIds", reason: "a plan of every product is required" }],
      });
    }
    const bundle = await saveBundle(
      tx,
      actor,
      before,
      { contractStatus: "REQUESTED", requestedOn: now() },
      {
        action: "submit",
        after: { planIds: planRows.map((p) => p.planId) },
      },
    );
    await appendApprovals(tx, actor, bundle.id, [
      { level: "bundle", targetId: null, approvalStatus: "REQUESTED", note },
      ...productRows.map((p) => ({
        level: "product" as const,
        targetId: p.id,
        approvalStatus: "REQUESTED" as const,
      })),
      ...planRows.map((p) => ({
        level: "plan" as const,
        targetId: p.id,
        approvalStatus: "REQUESTED" as const,
      })),
    ]);
    return {
      bundle,
      queued: await notifyApprovers(
        tx,
        bundle,
        planRows.map((p) => p.id),
      ),
    };
  });
  await deliverEmails(queued);
  return bundle;
}
