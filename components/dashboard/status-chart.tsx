"use client";

import { BarFigure, barColors } from "@/components/charts/bar-figure";
import type { SubscriptionStatus } from "@/db/schema";

/** Subscriptions per status. */
export function StatusChart({ counts }: { counts: { status: SubscriptionStatus; count: number }[] }) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const present =
    counts
      .filter((c) => c.count > 0)
      .map((c) => `${c.count} ${c.status}`)
      .join(", ") || "none yet";
  return (
    <BarFigure
      label="Subscriptions by status"
      summaryTestId="status-summary"
      summary={`${total} subscriptions: ${present}`}
      rows={counts}
      category={{ header: "Status", label: (c) => c.status }}
      series={[{ key: "count", name: "Subscriptions", fill: barColors.primary }]}
    />
  );
}
