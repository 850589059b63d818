import type { SubscriptionChange } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { changeKindLabels, describeChange } from "./change-text";
import { day } from "./subscription-dates";

const stateTones = {
  pending: "blue",
  held: "blue",
  applied: "green",
  cancelled: "neutral",
  rejected: "red",
} as const;

/**
 * A subscription's history, newest first: what changed, from → to, who asked and when, the date
 * it takes (or took) effect, and whether it is still waiting.
 */
export function HistoryTimeline({
  changes,
  names,
}: {
  changes: SubscriptionChange[];
  names: Record<string, string>;
}) {
  if (changes.length === 0) return <p className="text-sm text-zinc-500">No history yet.</p>;
  return (
    <ol aria-label="History" className="space-y-4 border-l border-zinc-200 pl-4 dark:border-zinc-800">
      {changes.map((change) => {
        const description = describeChange(change, names);
        const effective = day(change.effectiveOn);
        return (
          <li key={change.id} className="text-sm">
            <p>
              <span className="font-medium">{changeKindLabels[change.kind]}</span>
              {description && <span>: {description}</span>}{" "}
              {change.state !== "applied" && <Badge tone={stateTones[change.state]}>{change.state}</Badge>}
            </p>
            <p className="text-xs text-zinc-500">
              {day(change.requestedOn)} by {change.requestedBy}
              {effective !== day(change.requestedOn) && ` · effective ${effective}`}
              {change.reason && ` · ${change.reason}`}
              {change.riskDecision && ` · ${change.riskDecision}`}
              {change.decisionNote && ` · ${change.decisionNote}`}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
