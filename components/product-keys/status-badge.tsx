import { Badge } from "@/components/ui/badge";
import type { ProductKeyStatus } from "@/lib/product-keys/product-key-schemas";

const tones = {
  active: "green",
  not_started: "blue",
  disabled: "red",
  invalid: "red",
  payment_held: "red",
  quota_exhausted: "red",
  expired: "neutral",
  revoked: "neutral",
} as const;

/** A key's status as words, e.g. "payment held". */
export const statusLabel = (status: ProductKeyStatus) => status.replace("_", " ");

export function ProductKeyStatusBadge({ status }: { status: ProductKeyStatus }) {
  return <Badge tone={tones[status]}>{statusLabel(status)}</Badge>;
}
