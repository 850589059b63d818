import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * A titled block of the dashboard with a link to the full list, and what to say when there is
 * nothing to show — an empty state says what would be here, never a blank box.
 */
export function Panel({
  title,
  href,
  linkLabel = "View all",
  empty,
  children,
}: {
  title: string;
  href?: string;
  linkLabel?: string;
  /** Shown instead of the children when set: the list is empty. */
  empty?: string | false;
  children?: ReactNode;
}) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        {href && (
          <Link
            href={href}
            className="shrink-0 text-sm whitespace-nowrap text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-100"
          >
            {linkLabel}
          </Link>
        )}
      </div>
      {empty ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p> : children}
    </Card>
  );
}

/** A list row: its main line links to the record, details under it. */
export function PanelItem({ href, title, children }: { href: string; title: string; children?: ReactNode }) {
  return (
    <li className="py-2 first:pt-0 last:pb-0">
      <Link
        href={href}
        className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
      >
        {title}
      </Link>
      {children && <div className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{children}</div>}
    </li>
  );
}

export const panelList = "divide-y divide-zinc-200 dark:divide-zinc-800";
