import { Badge } from "@/components/ui/badge";
import type { SubscriptionStatus } from "@/db/schema";

const tones = {
  scheduled: "blue",
  trialing: "blue",
  active: "green",
  paused: "neutral",
  grace: "red",
  ended: "neutral",
} as const;

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  return <Badge tone={tones[status]}>{status}</Badge>;
}
