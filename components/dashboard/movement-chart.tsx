"use client";

import { BarFigure, barColors } from "@/components/charts/bar-figure";
import type { MonthMovement } from "@/lib/dashboard/subscription-movement";

// One formatter for every label: toLocaleString would build a new one per month per render.
const monthFormat = new Intl.DateTimeFormat("en", { month: "short", year: "2-digit", timeZone: "UTC" });
const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** New against ended subscriptions per month. */
export function MovementChart({ months }: { months: MonthMovement[] }) {
  const started = months.reduce((sum, m) => sum + m.started, 0);
  const ended = months.reduce((sum, m) => sum + m.ended, 0);
  return (
    <BarFigure
      label="New and ended subscriptions per month"
      summaryTestId="movement-summary"
      summary={`${started} new, ${ended} ended over the last ${months.length} months`}
      rows={months}
      category={{ header: "Month", label: (m) => monthName(m.month) }}
      series={[
        { key: "started", name: "New", fill: barColors.primary },
        { key: "ended", name: "Ended", fill: barColors.danger },
      ]}
    />
  );
}
