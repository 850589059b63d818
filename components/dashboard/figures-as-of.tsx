import { moment } from "@/components/subscriptions/format";

/**
 * When the revenue and subscription figures were computed, for figures read from the summary the
 * job keeps (lib/dashboard/summary/): they lag the latest writes by a few seconds, and a reader
 * should know. Figures counted for this view (asOf null) need no such line.
 */
export function FiguresAsOf({ asOf }: { asOf: Date | null }) {
  if (!asOf) return null;
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="figures-as-of">
      Revenue and subscription figures as of <time dateTime={asOf.toISOString()}>{moment(asOf)}</time>
    </p>
  );
}
