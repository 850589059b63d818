import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, paymentEvents } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { handledPaymentEvents, paymentEventSchema } from "./payment-event-schema";
import { holdForFailedPayment, releaseAfterPayment } from "./payment-holds";

export type PaymentEventOutcome =
  | { outcome: "replayed" | "ignored"; eventId: string }
  | { outcome: "applied"; eventId: string; changes: Record<string, number> };

/**
 * Applies a payment provider's event, whose signature the caller checked: in one transaction
 * the event id is recorded (a second delivery finds it there and changes nothing), the keys and
 * subscriptions change (payment-holds.ts) and the audit trail says so. An organization we do
 * not know is 404 and nothing is recorded, so a delivery retried after it exists still counts.
 */
export async function handlePaymentEvent({
  input,
  correlationId = null,
}: {
  input: unknown;
  correlationId?: string | null;
}): Promise<PaymentEventOutcome> {
  const event = parseInput(paymentEventSchema, input);
  const actor = { ...systemActor(correlationId), label: "payment webhook" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, event.organizationId));
    if (!organization) throw notFound("organization");
    const [fresh] = await tx
      .insert(paymentEvents)
      .values({ eventId: event.id, organizationId: organization.id, type: event.type, receivedOn: now() })
      .onConflictDoNothing()
      .returning();
    if (!fresh) return { outcome: "replayed", eventId: event.id };
    if (!(handledPaymentEvents as readonly string[]).includes(event.type)) {
      return { outcome: "ignored", eventId: event.id };
    }
    const changes =
      event.type === "payment_failed"
        ? await holdForFailedPayment(tx, actor, organization.id)
        : await releaseAfterPayment(tx, actor, organization.id);
    await recordAuditEvent(tx, actor, {
      action: `payment.${event.type}`,
      objectType: "organization",
      objectId: organization.id,
      organizationId: organization.id,
      after: { eventId: event.id, ...changes },
    });
    return { outcome: "applied", eventId: event.id, changes };
  });
}
