import type { RecurringRevenue } from "@/lib/dashboard/recurring-revenue";
import { formatMoney } from "@/lib/money";
import { StatCard } from "./stat-card";

/** MRR and ARR, one pair of cards per currency (amounts in different currencies never add up). */
export function RevenueStats({ revenue }: { revenue: RecurringRevenue[] }) {
  if (!revenue.length) {
    return (
      <StatCard
        label="Monthly recurring revenue"
        value={formatMoney(0, "USD")}
        hint="No active paid subscriptions yet: trials, paused and ended ones bring in nothing."
      />
    );
  }
  return revenue.map((r) => (
    <div key={r.currency} className="contents">
      <StatCard
        label={`MRR (${r.currency})`}
        value={<span data-testid={`mrr-${r.currency}`}>{formatMoney(r.mrrMinor, r.currency)}</span>}
        hint={`From ${r.subscriptions} active subscription${r.subscriptions === 1 ? "" : "s"}`}
      />
      <StatCard
        label={`ARR (${r.currency})`}
        value={<span data-testid={`arr-${r.currency}`}>{formatMoney(r.arrMinor, r.currency)}</span>}
        hint="MRR × 12"
      />
    </div>
  ));
}
