import type { SubscriptionStatus } from "@/db/schema";
import { Badge } from "@/components/ui/badge";

const tones = {
  scheduled: "blue",
  trialing: "blue",
  active: "green",
  paused: "neutral",
  grace: "red",
  ended: "neutral",
} as const satisfies Record<SubscriptionStatus, string>;

const labels: Record<SubscriptionStatus, string> = {
  scheduled: "scheduled",
  trialing: "trial",
  active: "active",
  paused: "paused",
  grace: "in grace",
  ended: "ended",
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}
