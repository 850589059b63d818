import { defineOperation } from "@/lib/http/operation";
import { verifyProductKeySchema, verifyResultSchema } from "./verify-schemas";

export const verifyProductKeyOperation = defineOperation({
  method: "POST",
  path: "/api/product-keys/verify",
  tag: "Product keys",
  summary: "Verify a product key and consume its quota",
  description:
    "For the provider's gateway (an API key of the provider, or a platform key). Answers whether the key may be " +
    "used now and, when it may, consumes `cost` units of its quota atomically: with a quota of 50, exactly 50 " +
    "calls pass however many arrive at once. Reasons: VALID, UNKNOWN (no such key, a malformed key or wrong " +
    "checksum, a retired secret, or a key of another provider — all alike), DISABLED (revoked, disabled, " +
    "switched off or held for a failed payment; `detail` says which), NOT_STARTED, EXPIRED, WRONG_PRODUCT, " +
    "SUBSCRIPTION_ENDED, BARRED, QUOTA_EXCEEDED. A refusal is an answer (200), not an error. The call is not " +
    "idempotent (a repeated call consumes again) and has no per-minute allowance; wrong API keys are limited as " +
    "everywhere. The dedicated verify server (VERIFY_PORT) answers this same path faster than the app.",
  body: verifyProductKeySchema,
  result: verifyResultSchema,
});
