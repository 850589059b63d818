import { Badge } from "@/components/ui/badge";
import type { SubscriptionChange } from "@/db/schema";
import { describeChange } from "./describe-change";
import { day, moment } from "./format";

const stateTones = {
  applied: "green",
  pending: "blue",
  held: "red",
  cancelled: "neutral",
  rejected: "neutral",
} as const;

/**
 * A subscription's history, newest first: each change with who asked and when, from → to,
 * the date it was asked to take effect against the one it did, why, and how it ended.
 */
export function SubscriptionTimeline({
  changes,
  names,
}: {
  changes: SubscriptionChange[];
  names: Record<string, string>;
}) {
  if (!changes.length) return <p className="text-sm text-zinc-500">No history yet.</p>;
  return (
    <ol
      aria-label="History"
      className="relative space-y-6 border-l border-zinc-200 pl-6 dark:border-zinc-800"
    >
      {changes.map((c) => (
        <li key={c.id} data-testid={`change-${c.id}`} className="relative">
          <span
            aria-hidden
            className="absolute -left-[1.86rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600 dark:border-zinc-900"
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium capitalize">{c.kind}</span>
            <Badge tone={stateTones[c.state]}>{c.state}</Badge>
            <span className="text-zinc-500">
              {moment(c.requestedOn)} by {c.requestedBy}
            </span>
          </div>
          <p className="mt-1 text-sm">{describeChange(c, names)}</p>
          <p className="mt-1 text-xs text-zinc-500">
            Requested for {day(c.effectiveOn)}
            {c.appliedOn ? ` · took effect ${day(c.appliedOn)}` : ""}
            {c.reason ? ` · reason: ${c.reason}` : ""}
          </p>
          {c.riskDecision && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{c.riskDecision}</p>}
          {c.decidedBy && (
            <p className="mt-1 text-xs text-zinc-500">
              {c.state} by {c.decidedBy}
              {c.decisionNote ? `: ${c.decisionNote}` : ""}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
