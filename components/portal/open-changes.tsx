import type { SubscriptionChange, SubscriptionChangeKind } from "@/db/schema";
import { describeChange } from "@/components/subscriptions/describe-change";
import { day } from "@/components/subscriptions/format";
import { Badge } from "@/components/ui/badge";
import { WithdrawChangeButton } from "./withdraw-change-button";

/**
 * The changes still waiting for a subscription — for their date, or held for the provider's
 * review — each with a Withdraw button where the actor may withdraw that kind.
 */
export function OpenChanges({
  changes,
  names,
  withdraw,
}: {
  changes: SubscriptionChange[];
  names: Record<string, string>;
  withdraw: SubscriptionChangeKind[];
}) {
  if (changes.length === 0) return <p className="text-sm text-zinc-500">Nothing is waiting.</p>;
  return (
    <ul aria-label="Pending changes" className="space-y-3">
      {changes.map((change) => {
        const label = `${change.kind} change`;
        return (
          <li key={change.id} className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <div>
              <p>
                {describeChange(change, names)} <Badge tone="blue">{change.state}</Badge>
              </p>
              <p className="text-xs text-zinc-500">
                {change.state === "held"
                  ? (change.riskDecision ?? "Waiting for the provider's review")
                  : `Takes effect on ${day(change.effectiveOn)}`}
                {change.reason && ` · ${change.reason}`}
              </p>
            </div>
            {withdraw.includes(change.kind) && <WithdrawChangeButton changeId={change.id} label={label} />}
          </li>
        );
      })}
    </ul>
  );
}
