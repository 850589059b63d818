import { Badge } from "@/components/ui/badge";
import type { BarringReason, SubscriptionChangeKind, SubscriptionChangeState } from "@/db/schema";

/** A list row's flags: barred (with the reasons) and each change still waiting for it. */
export function SubscriptionMarkers({
  barredFor,
  waiting,
}: {
  barredFor: BarringReason[];
  waiting: { id: string; kind: SubscriptionChangeKind; state: SubscriptionChangeState }[];
}) {
  return (
    <>
      {barredFor.length > 0 && <Badge tone="red">barred: {barredFor.join(", ")}</Badge>}
      {waiting.map((w) => (
        <Badge key={w.id} tone={w.state === "held" ? "red" : "blue"}>
          {w.kind} {w.state === "held" ? "held for review" : "pending"}
        </Badge>
      ))}
    </>
  );
}
