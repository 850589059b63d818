"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "@/lib/auth/navigation";

export function Sidebar({
  title,
  items,
  onNavigate,
}: {
  title: string;
  items: NavItem[];
  /** Called when a link is followed (the mobile sheet closes). */
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav aria-label={title} className="flex flex-col gap-1 p-3">
      <p className="px-3 pb-2 pt-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {title}
      </p>
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={isActive(item.href) ? "page" : undefined}
          onClick={onNavigate}
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium",
            isActive(item.href)
              ? "bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100"
              : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
