"use client";

import { BarFigure, barColors } from "./bar-figure";
import { formatCount } from "@/lib/number-format";

export interface UsagePoint {
  /** YYYY-MM-DD, UTC. */
  day: string;
  accepted: number;
  consumed: number;
  refused: number;
}

/** A key's usage per day: quota consumed by accepted verifies, and refusals beside them. */
export function UsageChart({ points, label }: { points: UsagePoint[]; label: string }) {
  const total = points.reduce((sum, p) => sum + p.consumed, 0);
  const refused = points.reduce((sum, p) => sum + p.refused, 0);
  return (
    <BarFigure
      label={label}
      summaryTestId="usage-summary"
      summary={
        <>
          {formatCount(total)} consumed, {formatCount(refused)} refused over the last {points.length} days
        </>
      }
      rows={points}
      category={{ header: "Day", label: (p) => p.day }}
      tableOnly={[{ key: "accepted", name: "Accepted" }]}
      series={[
        { key: "consumed", name: "Consumed", fill: barColors.primary },
        { key: "refused", name: "Refused", fill: barColors.danger },
      ]}
    />
  );
}
