import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

/** How far a signature's timestamp may be from our clock: older answers are replays. */
export const signatureToleranceSeconds = 300;

export const signatureHeader = "subdesk-signature";

const refused = () =>
  new AppError("unauthenticated", "The webhook's Subdesk-Signature is missing, wrong or too old.");

const digest = (secret: string, timestamp: string, body: Buffer) =>
  createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");

/**
 * The signature a payment provider sends: `Subdesk-Signature: t=<unix seconds>,v1=<hex>`,
 * where v1 is HMAC-SHA256 with the shared secret over `<t>.<raw body>` (Stripe's scheme). The
 * timestamp inside the signed text is what stops an old request from being played again later.
 */
export function signPaymentWebhook(body: Buffer | string, secret: string, unixSeconds: number): string {
  const timestamp = String(unixSeconds);
  return `t=${timestamp},v1=${digest(secret, timestamp, Buffer.from(body))}`;
}

/**
 * Throws 401 unless the header carries a v1 signature of this exact body, made with the secret,
 * at most `signatureToleranceSeconds` from now. Several v1 entries may be sent (a provider
 * rolling its secret); one matching is enough. Without a configured secret everything is refused.
 */
export function assertPaymentSignature(
  body: Buffer,
  header: string | null,
  secret: string | undefined,
  nowSeconds: number,
): void {
  if (!secret || !header) throw refused();
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = parts.find(([name]) => name === "t")?.[1] ?? "";
  if (!/^\d{1,12}$/.test(timestamp)) throw refused();
  if (Math.abs(nowSeconds - Number(timestamp)) > signatureToleranceSeconds) throw refused();
  const expected = Buffer.from(digest(secret, timestamp, body), "hex");
  const matches = parts
    .filter(([name, value]) => name === "v1" && value && /^[0-9a-f]{64}$/i.test(value))
    .some(([, value]) => timingSafeEqual(Buffer.from(value!, "hex"), expected));
  if (!matches) throw refused();
}
