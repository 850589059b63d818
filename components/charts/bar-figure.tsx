"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";

// The bars (recharts, the largest library the app has) load after the page has hydrated; until
// then the figure's fixed-height box stands empty, so nothing moves when they arrive, and the
// figures are already in the table below.
const BarPicture = dynamic(() => import("./bar-picture"), { ssr: false });

/** The series colours, readable as bars on light and dark surfaces. */
export const barColors = { primary: "oklch(0.55 0.2 265)", danger: "oklch(0.64 0.2 25)" } as const;

export interface BarSeries<Row> {
  key: keyof Row & string;
  name: string;
  fill: string;
}

/**
 * A bar chart as a figure: the bars are a picture (aria-hidden, no focus inside), and the same
 * figures sit in a table for screen readers and keyboards, so nothing is only a bar's height.
 * Axes, grid and legend text take the page's colours in light and dark.
 */
export function BarFigure<Row extends object>({
  label,
  summary,
  summaryTestId,
  rows,
  category,
  series,
  tableOnly = [],
}: {
  label: string;
  summary: ReactNode;
  summaryTestId: string;
  rows: Row[];
  /** The x axis: its column header and each row's label. */
  category: { header: string; label: (row: Row) => string };
  series: BarSeries<Row>[];
  /** Figures the table shows beside the bars' (e.g. a total the bars split). */
  tableOnly?: { key: keyof Row & string; name: string }[];
}) {
  const data = rows.map((row) => ({ ...row, category: category.label(row) }));
  const columns = [...tableOnly, ...series];
  return (
    <figure aria-label={label} className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={summaryTestId}>
        {summary}
      </figcaption>
      <div aria-hidden className="h-56 w-full text-zinc-600 dark:text-zinc-400">
        <BarPicture data={data} series={series} />
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{category.header}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.category}</th>
              {columns.map((c) => (
                <td key={c.key}>{String(row[c.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
