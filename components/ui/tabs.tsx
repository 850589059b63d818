import Link from "next/link";
import { cn } from "./cn";

/** Tabs as links (`?tab=…`): each is a real URL, so reload and back work. */
export function LinkTabs({
  tabs,
  active,
  base,
}: {
  tabs: { id: string; label: string }[];
  active: string;
  base: string;
}) {
  return (
    <nav
      aria-label="Sections"
      className="mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800"
    >
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={`${base}?tab=${tab.id}`}
          aria-current={tab.id === active ? "page" : undefined}
          className={cn(
            "-mb-px whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium",
            tab.id === active
              ? "border-brand-600 text-brand-700 dark:text-brand-100"
              : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
