"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { overlayClass } from "@/components/ui/dialog";
import { Tooltip } from "@/components/ui/tooltip";
import type { NavItem } from "@/lib/auth/navigation";
import { Sidebar } from "./sidebar";

/**
 * The sidebar on narrow screens: a sheet from the left over Radix Dialog (focus trapped,
 * Escape and a click outside close it). It closes when a link in it is followed, and on any
 * other navigation (back, forward): the sheet is keyed to the path, so a new page starts closed.
 */
export function MobileNavigation(navigation: { title: string; items: NavItem[] }) {
  const pathname = usePathname();
  return <Sheet key={pathname} {...navigation} />;
}

function Sheet(navigation: { title: string; items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <Tooltip content="Open navigation">
        <DialogPrimitive.Trigger
          aria-label="Open navigation"
          className="flex size-9 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 md:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg
            aria-hidden
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M4 6h16M4 12h16M4 18h16" />
          </svg>
        </DialogPrimitive.Trigger>
      </Tooltip>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClass} />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto border-r border-zinc-200 bg-white shadow-xl focus:outline-none dark:border-zinc-800 dark:bg-zinc-900"
        >
          <DialogPrimitive.Title className="px-6 pb-1 pt-5 text-lg font-semibold">
            Subdesk
          </DialogPrimitive.Title>
          {/* A link to the page already open changes no path, so following any link closes it too. */}
          <Sidebar {...navigation} onNavigate={() => setOpen(false)} />
          <DialogPrimitive.Close
            aria-label="Close navigation"
            className="absolute right-3 top-4 flex size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
          >
            <span aria-hidden className="text-xl leading-none">
              ×
            </span>
          </DialogPrimitive.Close>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
