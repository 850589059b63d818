import { nowMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiRoute, endpoint } from "@/lib/http/api-route";
import { handlePaymentEvent } from "@/lib/payments/handle-payment-event";
import { paymentWebhookOperation } from "@/lib/payments/operations";
import { assertPaymentSignature, signatureHeader } from "@/lib/payments/webhook-signature";

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
}

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(paymentWebhookOperation, ({ bytes, request }) => {
    assertPaymentSignature(
      bytes,
      request.headers.get(signatureHeader),
      env().PAYMENT_WEBHOOK_SECRET,
      Math.floor(nowMs() / 1000),
    );
    return handlePaymentEvent({
      input: parseJson(bytes),
      correlationId: request.headers.get("x-correlation-id"),
    });
  }),
});
