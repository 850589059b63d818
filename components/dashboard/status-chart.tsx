"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SubscriptionStatus } from "@/db/schema";
import { ChartTooltip } from "./chart-tooltip";

/** Subscriptions per status as bars, with the counts in a table for screen readers. */
export function StatusChart({ counts }: { counts: { status: SubscriptionStatus; count: number }[] }) {
  const label = "Subscriptions by status";
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <figure aria-label={label} className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="status-summary">
        {total} subscriptions:{" "}
        {counts
          .filter((c) => c.count > 0)
          .map((c) => `${c.count} ${c.status}`)
          .join(", ") || "none yet"}
      </figcaption>
      <div aria-hidden className="h-56 w-full text-zinc-600 dark:text-zinc-400">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            // A picture only (aria-hidden): the table beside it is what keyboards and screen readers get.
            accessibilityLayer={false}
            data={counts}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              vertical={false}
              stroke="currentColor"
              strokeOpacity={0.25}
            />
            <XAxis dataKey="status" fontSize={11} stroke="currentColor" tick={{ fill: "currentColor" }} />
            <YAxis
              allowDecimals={false}
              fontSize={11}
              width={32}
              stroke="currentColor"
              tick={{ fill: "currentColor" }}
            />
            <Tooltip content={<ChartTooltip />} cursor={{ fillOpacity: 0.1 }} />
            <Bar dataKey="count" name="Subscriptions" fill="oklch(0.55 0.2 265)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Subscriptions</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.status}>
              <th scope="row">{c.status}</th>
              <td>{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
