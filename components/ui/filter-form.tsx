import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Card } from "./card";

/**
 * A list page's filters as a plain GET form: the URL holds the filters, so results can be
 * bookmarked and shared. `invalid` says that some hand-edited values were ignored.
 */
export function FilterForm({
  label,
  clearHref,
  invalid,
  className,
  keep = {},
  children,
}: {
  label: string;
  clearHref: string;
  invalid: boolean;
  className: string;
  /** The table's sort and page size, carried through Apply (a GET form sends only its fields). */
  keep?: Record<string, string | number | undefined>;
  children: ReactNode;
}) {
  return (
    <Card className="mb-6">
      <form method="get" aria-label={label} className={className}>
        {Object.entries(keep).map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        {children}
        <div className="flex items-end gap-2">
          <Button type="submit">Apply</Button>
          <Link
            href={clearHref}
            className="rounded-md px-2 py-2 text-sm text-zinc-700 underline underline-offset-2 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-100"
          >
            Clear
          </Link>
        </div>
      </form>
      {invalid && (
        <p className="mt-2 text-sm text-red-600 dark:text-red-400">
          Some filters were not valid and were ignored.
        </p>
      )}
    </Card>
  );
}
