import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { subscriptionBarrings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { activeBarrings, loadSubscription } from "./load-subscription";
import { recordChange } from "./record-change";
import { writeSubscription } from "./request-change";
import { applyBarringSchema, liftBarringSchema } from "./subscription-schemas";

const reasonsOf = (rows: { reason: string }[]) => rows.map((r) => r.reason);

/**
 * Bars a subscription for a reason (MasStack's blocks: DEBT, RISK, MIGRATION, ATC, CUST). While
 * barred its plan changes are held for review and its product keys stop working. The provider's
 * measure: it is taken whatever the state of the customer's organization.
 */
export async function applyBarring({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { reason, note, changeSequence } = parseInput(applyBarringSchema, input);
  return writeSubscription(actor, id, "bar", changeSequence, async ({ tx, subscription }) => {
    if (subscription.status === "ended") throw new AppError("conflict", "The subscription has ended.");
    const active = await activeBarrings(tx, subscription.id);
    if (active.some((b) => b.reason === reason)) {
      throw new AppError("conflict", `The subscription is already barred for ${reason}.`);
    }
    const [barring] = await tx
      .insert(subscriptionBarrings)
      .values({ subscriptionId: subscription.id, reason, note, appliedOn: now(), appliedBy: actor.label })
      .returning();
    const { subscription: after } = await recordChange(tx, actor, subscription, {
      kind: "barring",
      state: "applied",
      fromValue: { barred: reasonsOf(active) },
      toValue: { barred: [...reasonsOf(active), reason], applied: reason },
      reason: note || null,
    });
    return { subscription: after, barring: barring! };
  });
}

/** Lifts the subscription's active barring with this reason. */
export async function liftBarring({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { reason, note, changeSequence } = parseInput(liftBarringSchema, input);
  return writeSubscription(actor, id, "bar", changeSequence, async ({ tx, subscription }) => {
    const active = await activeBarrings(tx, subscription.id);
    const barring = active.find((b) => b.reason === reason);
    if (!barring) throw notFound("barring");
    const [lifted] = await tx
      .update(subscriptionBarrings)
      .set({ active: false, liftedOn: now(), liftedBy: actor.label, liftNote: note })
      .where(and(eq(subscriptionBarrings.id, barring.id), eq(subscriptionBarrings.active, true)))
      .returning();
    const { subscription: after } = await recordChange(tx, actor, subscription, {
      kind: "barring",
      state: "applied",
      fromValue: { barred: reasonsOf(active) },
      toValue: { barred: reasonsOf(active.filter((b) => b.id !== barring.id)), lifted: reason },
      reason: note || null,
    });
    return { subscription: after, barring: lifted! };
  });
}

/** Every barring of a subscription, active and lifted, newest first. */
export async function listBarrings({ actor, id }: { actor: Actor; id: string }) {
  const db = await getDb();
  const { subscription } = await loadSubscription(db, actor, id, "read");
  return db
    .select()
    .from(subscriptionBarrings)
    .where(eq(subscriptionBarrings.subscriptionId, subscription.id))
    .orderBy(desc(subscriptionBarrings.appliedOn), desc(subscriptionBarrings.id));
}
