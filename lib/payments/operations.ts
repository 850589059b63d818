import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";

/** The largest webhook body taken: a payment event is a few hundred bytes. */
export const maxPaymentEventBytes = 65_536;

/**
 * The payment provider's webhook. Not an API-key operation: the HMAC signature in
 * Subdesk-Signature is its authentication (lib/payments/webhook-signature.ts), checked over the
 * raw body, so the body is taken as bytes and parsed only once the signature holds.
 */
export const paymentWebhookOperation = defineOperation({
  method: "POST",
  path: "/api/webhooks/payments",
  tag: "Webhooks",
  summary: "Receive a payment provider's event",
  auth: "none",
  rawBody: { maxBytes: maxPaymentEventBytes },
  result: z.object({
    outcome: z.enum(["applied", "replayed", "ignored"]),
    eventId: z.string(),
    changes: z.record(z.string(), z.number()).optional(),
  }),
});
