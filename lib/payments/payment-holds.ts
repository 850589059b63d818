import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { productKeys, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { addDays, assertTransition } from "@/lib/subscriptions/lifecycle";
import { recordChange } from "@/lib/subscriptions/record-change";

/** Marks a subscription put into grace by a failed payment, so a later success takes it back. */
export const paymentFailedReason = "payment failed";

const keyChange = { changeSequence: sql`${productKeys.changeSequence} + 1` };

async function auditKeys(
  tx: Transaction,
  actor: Actor,
  ids: string[],
  organizationId: string,
  action: string,
) {
  for (const id of ids) {
    await recordAuditEvent(tx, actor, { action, objectType: "product_key", objectId: id, organizationId });
  }
}

/**
 * A failed payment: the organization's keys with "disable on payment failure" are held (verify
 * answers DISABLED, payment_held), and its running paid subscriptions with a grace period go
 * into it — through the lifecycle's transition table and `recordChange`, as any status change.
 * A subscription without a grace period keeps running: a failed payment does not end it.
 */
export async function holdForFailedPayment(tx: Transaction, actor: Actor, organizationId: string) {
  const at = now();
  const held = await tx
    .update(productKeys)
    .set({ paymentHeldOn: at, updatedOn: at, ...keyChange })
    .where(
      and(
        eq(productKeys.organizationId, organizationId),
        eq(productKeys.disableOnPaymentFailure, true),
        isNull(productKeys.paymentHeldOn),
        isNull(productKeys.revokedOn),
      ),
    )
    .returning({ id: productKeys.id });
  await auditKeys(
    tx,
    actor,
    held.map((k) => k.id),
    organizationId,
    "product_key.payment_held",
  );

  const running = await tx
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.organizationId, organizationId),
        eq(subscriptions.status, "active"),
        eq(subscriptions.terms, "paid"),
        sql`${subscriptions.gracePeriod} > 0`,
      ),
    )
    .for("update");
  for (const sub of running) {
    assertTransition(sub.status, "grace");
    const graceEndsOn = addDays(at, sub.gracePeriod);
    await recordChange(
      tx,
      actor,
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status },
        toValue: { status: "grace", graceEndsOn: graceEndsOn.toISOString() },
        reason: "A payment failed",
      },
      { status: "grace", graceEndsOn, endReason: paymentFailedReason },
    );
  }
  return { keysHeld: held.length, subscriptionsInGrace: running.length };
}

/** A payment that succeeded: held keys work again, and subscriptions in grace for it are active again. */
export async function releaseAfterPayment(tx: Transaction, actor: Actor, organizationId: string) {
  const at = now();
  const released = await tx
    .update(productKeys)
    .set({ paymentHeldOn: null, updatedOn: at, ...keyChange })
    .where(and(eq(productKeys.organizationId, organizationId), isNotNull(productKeys.paymentHeldOn)))
    .returning({ id: productKeys.id });
  await auditKeys(
    tx,
    actor,
    released.map((k) => k.id),
    organizationId,
    "product_key.payment_released",
  );

  const inGrace = await tx
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.organizationId, organizationId),
        eq(subscriptions.status, "grace"),
        eq(subscriptions.endReason, paymentFailedReason),
      ),
    )
    .for("update");
  for (const sub of inGrace) {
    assertTransition(sub.status, "active");
    await recordChange(
      tx,
      actor,
      sub,
      {
        kind: "status",
        state: "applied",
        fromValue: { status: sub.status },
        toValue: { status: "active" },
        reason: "The payment succeeded",
      },
      { status: "active", graceEndsOn: null, endReason: null },
    );
  }
  return { keysReleased: released.length, subscriptionsReactivated: inGrace.length };
}
