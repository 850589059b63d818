import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { line } from "@/lib/input/text";

/** The event types that change something; any other type is recorded and ignored. */
export const handledPaymentEvents = ["payment_failed", "payment_succeeded"] as const;

/** What the payment provider posts to /api/webhooks/payments (signed: webhook-signature.ts). */
export const paymentEventSchema = z.object({
  id: line(200, { min: 1 }).describe("The provider's event id: a second delivery of it changes nothing"),
  type: line(100, { min: 1 }).describe("payment_failed or payment_succeeded; other types are ignored"),
  organizationId: uuid().describe("The paying (customer) organization"),
});
export type PaymentEvent = z.output<typeof paymentEventSchema>;
