"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "./chart-tooltip";

/**
 * BarFigure's picture: the bars, axes, grid and legend, whose text takes the page's colours in
 * light and dark (the figure's box sets `currentColor`). Its own module so it can load late.
 */
export default function BarPicture({
  data,
  series,
}: {
  /** Rows with their x-axis label in `category`. */
  data: object[];
  // BarSeries without its row type: next/dynamic's wrapper would drop a type parameter anyway.
  series: readonly { key: string; name: string; fill: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.25} />
        <XAxis
          dataKey="category"
          fontSize={11}
          minTickGap={8}
          stroke="currentColor"
          tick={{ fill: "currentColor" }}
        />
        <YAxis
          allowDecimals={false}
          fontSize={11}
          width={40}
          stroke="currentColor"
          tick={{ fill: "currentColor" }}
        />
        <Tooltip content={<ChartTooltip />} cursor={{ fillOpacity: 0.1 }} />
        {series.length > 1 && (
          // The legend's text in the page's colours: a series' own red is too light to read as text.
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value: string) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>}
          />
        )}
        {series.map((s) => (
          <Bar key={s.key} dataKey={String(s.key)} name={s.name} fill={s.fill} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
