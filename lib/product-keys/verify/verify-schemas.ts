import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { integer } from "@/lib/input/numbers";

/**
 * Why a verify answered as it did. DISABLED covers every switch that turns a key off — revoked,
 * disabled, `valid` false, held for a failed payment — and `detail` says which.
 */
export const verifyReasons = [
  "VALID",
  "UNKNOWN",
  "DISABLED",
  "EXPIRED",
  "NOT_STARTED",
  "WRONG_PRODUCT",
  "BARRED",
  "SUBSCRIPTION_ENDED",
  "QUOTA_EXCEEDED",
] as const;
export type VerifyReason = (typeof verifyReasons)[number];

export const disabledDetails = ["revoked", "disabled", "invalid", "payment_held"] as const;

/** The largest cost one call may consume: a bound, so a typo cannot drain a quota at once. */
export const maxVerifyCost = 1_000_000;

/**
 * What the provider's gateway sends. A key of any shape is accepted and answered UNKNOWN
 * (a gateway passes on whatever its caller presented); only its length is bounded.
 */
export const verifyProductKeySchema = z.strictObject({
  key: z
    .string({ error: "must be a string" })
    .max(200, "must be at most 200 characters")
    .describe("The product key as the customer's software presented it (sdpk_…)"),
  productId: uuid().optional().describe("The product being used; a key not issued for it is WRONG_PRODUCT"),
  cost: integer({ min: 0, max: maxVerifyCost })
    .default(1)
    .describe("Quota units this call consumes (default 1; 0 checks without consuming)"),
});
export type VerifyProductKeyInput = z.output<typeof verifyProductKeySchema>;

export const verifyResultSchema = z.object({
  valid: z.boolean().describe("Whether the caller may go ahead; when true, `cost` was consumed"),
  reason: z.enum(verifyReasons).describe("VALID, or why the key was refused"),
  detail: z.enum(disabledDetails).nullable().describe("For DISABLED: which switch turned the key off"),
  productKeyId: uuid().nullable().describe("The key's id (null for UNKNOWN)"),
  organizationId: uuid().nullable().describe("The owner organization (null for UNKNOWN)"),
  subscriptionId: uuid().nullable().describe("The subscription the key gives access under, if any"),
  remaining: z.number().int().nullable().describe("Quota left after this call; null: unlimited or UNKNOWN"),
  quota: z.number().int().nullable().describe("The key's quota; null: unlimited or UNKNOWN"),
  expiresAt: z.number().int().nullable().describe("When the key stops working (milliseconds); null: never"),
});
export type VerifyResult = z.input<typeof verifyResultSchema>;

/** The answer for a key that does not exist, is not the caller's to verify, or is retired. */
export const unknownKey: VerifyResult = {
  valid: false,
  reason: "UNKNOWN",
  detail: null,
  productKeyId: null,
  organizationId: null,
  subscriptionId: null,
  remaining: null,
  quota: null,
  expiresAt: null,
};
