import Link from "next/link";
import type { ReactNode } from "react";

/**
 * What a list shows when it has no rows: what belongs there, and the way to create the first
 * one when the actor may (the page asks lib/auth and passes `action` only then). `filtered`
 * lists say that nothing matches instead, since creating would not be the answer.
 */
export function EmptyState({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description: ReactNode;
  action?: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-10 text-center dark:border-zinc-700">
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mx-auto mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
      {action && (
        <Link
          href={action.href}
          className="mt-4 inline-block rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {action.label}
        </Link>
      )}
      {children}
    </div>
  );
}
