"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthMovement } from "@/lib/dashboard/subscription-movement";
import { ChartTooltip } from "./chart-tooltip";

const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString("en", {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });

/**
 * New against ended subscriptions per month. The bars are a picture; the same figures sit in a
 * table for screen readers, as in the usage chart, so nothing is only a bar's height.
 */
export function MovementChart({ months }: { months: MonthMovement[] }) {
  const label = "New and ended subscriptions per month";
  const started = months.reduce((sum, m) => sum + m.started, 0);
  const ended = months.reduce((sum, m) => sum + m.ended, 0);
  const data = months.map((m) => ({ ...m, label: monthName(m.month) }));
  return (
    <figure aria-label={label} className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="movement-summary">
        {started} new, {ended} ended over the last {months.length} months
      </figcaption>
      <div aria-hidden className="h-56 w-full text-zinc-600 dark:text-zinc-400">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            // A picture only (aria-hidden): the table beside it is what keyboards and screen readers get.
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              vertical={false}
              stroke="currentColor"
              strokeOpacity={0.25}
            />
            <XAxis
              dataKey="label"
              fontSize={11}
              minTickGap={8}
              stroke="currentColor"
              tick={{ fill: "currentColor" }}
            />
            <YAxis
              allowDecimals={false}
              fontSize={11}
              width={32}
              stroke="currentColor"
              tick={{ fill: "currentColor" }}
            />
            <Tooltip content={<ChartTooltip />} cursor={{ fillOpacity: 0.1 }} />
            {/* The legend's text in the page's colours: the series' own red is too light to read as text. */}
            <Legend
              wrapperStyle={{ fontSize: 12 }}
              formatter={(value: string) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>}
            />
            <Bar dataKey="started" name="New" fill="oklch(0.55 0.2 265)" isAnimationActive={false} />
            <Bar dataKey="ended" name="Ended" fill="oklch(0.64 0.2 25)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">New</th>
            <th scope="col">Ended</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month)}</th>
              <td>{m.started}</td>
              <td>{m.ended}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
