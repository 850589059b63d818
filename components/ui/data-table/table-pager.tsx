"use client";

import Link from "next/link";
import { inputClass } from "@/components/ui/input";
import { pageSizes } from "@/lib/input/page-sizes";
import { useTableUrl } from "./use-table-url";
import { formatCount } from "@/lib/number-format";

/**
 * "21–40 of 312" under a list, the page size, and the way on. `next` holds the parameters that
 * open the following page (a keyset cursor, or an offset), null on the last page.
 */
export function TablePager({
  from,
  shown,
  total,
  capped = false,
  estimated = false,
  size,
  next,
  noun,
}: {
  from: number;
  shown: number;
  total: number;
  capped?: boolean;
  /** The total is the planner's estimate (lib/list-total.ts), not a count. */
  estimated?: boolean;
  size: number;
  next: Record<string, string> | null;
  noun: string;
}) {
  const { hrefWith, replace } = useTableUrl();
  const first = Math.min(from, Math.max(total, 1));
  const range = shown ? `${formatCount(first)}–${formatCount(first + shown - 1)}` : "0";
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600 dark:text-zinc-400">
      <p aria-live="polite" data-testid="table-count">
        {range} of {capped ? "more than " : estimated ? "about " : ""}
        {formatCount(total)} {noun}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          Per page
          <select
            className={`${inputClass} w-auto`}
            value={size}
            onChange={(event) =>
              replace({ size: event.target.value === String(pageSizes[0]) ? null : event.target.value })
            }
          >
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {from > 1 && (
          <Link
            href={hrefWith({})}
            className="font-medium text-brand-700 hover:underline dark:text-brand-300"
          >
            ← First page
          </Link>
        )}
        {next && (
          <Link
            href={hrefWith(next, { keepPage: true })}
            className="font-medium text-brand-700 hover:underline dark:text-brand-300"
          >
            Next page →
          </Link>
        )}
      </div>
    </div>
  );
}
