"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface UsagePoint {
  /** YYYY-MM-DD, UTC. */
  day: string;
  accepted: number;
  consumed: number;
  refused: number;
}

/**
 * A key's usage per day: quota consumed by accepted verifies, and refusals beside them. The
 * chart is a picture; the same figures sit in a table for screen readers (and for anyone who
 * wants the numbers), so nothing is only visible as a bar's height.
 */
export function UsageChart({ points, label }: { points: UsagePoint[]; label: string }) {
  const total = points.reduce((sum, p) => sum + p.consumed, 0);
  const refused = points.reduce((sum, p) => sum + p.refused, 0);
  return (
    <figure aria-label={label} className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="usage-summary">
        {total.toLocaleString("en")} consumed, {refused.toLocaleString("en")} refused over the last{" "}
        {points.length} days
      </figcaption>
      <div aria-hidden className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={points}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            // A picture only (aria-hidden): the table below is what keyboards and screen readers get.
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e4e7" />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} minTickGap={16} />
            <YAxis allowDecimals={false} fontSize={11} width={48} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="consumed" name="Consumed" fill="oklch(0.48 0.21 265)" isAnimationActive={false} />
            <Bar dataKey="refused" name="Refused" fill="oklch(0.64 0.2 25)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Accepted</th>
            <th scope="col">Consumed</th>
            <th scope="col">Refused</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.day}>
              <th scope="row">{p.day}</th>
              <td>{p.accepted}</td>
              <td>{p.consumed}</td>
              <td>{p.refused}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
