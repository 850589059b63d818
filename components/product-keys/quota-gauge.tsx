import { cn } from "@/components/ui/cn";
import { formatCount } from "@/lib/number-format";

/**
 * How much of a key's quota is used, as a meter with the notification threshold marked on it.
 * The bar turns amber past the threshold and red when nothing is left, and the same facts are
 * written out beside it, so the colour never carries them alone. No quota: unlimited, no bar.
 */
export function QuotaGauge({
  quota,
  consumed,
  threshold,
}: {
  quota: number | null;
  consumed: number;
  threshold: number | null;
}) {
  if (quota === null) {
    return (
      <p className="text-sm" data-testid="quota-remaining">
        Unlimited quota · {formatCount(consumed)} consumed
      </p>
    );
  }
  const percent = quota > 0 ? Math.min(100, (consumed / quota) * 100) : 100;
  const remaining = Math.max(0, quota - consumed);
  const tone =
    remaining === 0
      ? "bg-red-600"
      : threshold !== null && percent >= threshold
        ? "bg-amber-500"
        : "bg-emerald-600";
  return (
    <div className="space-y-1">
      <div
        role="meter"
        aria-label="Quota used"
        aria-valuemin={0}
        aria-valuemax={quota}
        aria-valuenow={Math.min(consumed, quota)}
        aria-valuetext={`${formatCount(consumed)} of ${formatCount(quota)} used`}
        className="relative h-3 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${percent}%` }} />
        {threshold !== null && (
          <div
            aria-hidden
            title={`Notification at ${threshold}%`}
            className="absolute top-0 h-full w-0.5 bg-zinc-900/60 dark:bg-white/70"
            style={{ left: `${Math.min(100, threshold)}%` }}
          />
        )}
      </div>
      <p className="text-sm" data-testid="quota-remaining">
        {formatCount(consumed)} of {formatCount(quota)} used ({Math.round(percent)}%) ·{" "}
        <strong>{formatCount(remaining)} remaining</strong>
        {threshold !== null && (
          <span className="text-zinc-500"> · notifies at {formatCount(threshold)}%</span>
        )}
      </p>
    </div>
  );
}
