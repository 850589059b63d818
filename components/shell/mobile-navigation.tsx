"use client";

import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { Tooltip } from "@/components/ui/tooltip";
import { useLoadOnUse } from "@/components/ui/use-load-on-use";
import type { NavItem } from "@/lib/auth/navigation";

/**
 * The sidebar on narrow screens: a sheet from the left (navigation-sheet.tsx). It closes when
 * a link in it is followed, and on any other navigation (back, forward): the sheet is keyed to
 * the path, so a new page starts closed.
 */
export function MobileNavigation(navigation: { title: string; items: NavItem[] }) {
  const pathname = usePathname();
  return <Sheet key={pathname} {...navigation} />;
}

/** The sheet (and Radix Dialog with it) loads on the first open: until then the button is a plain one. */
function Sheet(navigation: { title: string; items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const { loaded, warm, activate } = useLoadOnUse(() =>
    import("./navigation-sheet").then((m) => m.NavigationSheet),
  );
  return (
    <>
      <Tooltip content="Open navigation">
        <button
          ref={trigger}
          type="button"
          aria-label="Open navigation"
          aria-haspopup="dialog"
          aria-expanded={open}
          onPointerEnter={warm}
          onFocus={warm}
          onClick={() => void activate("pointer").then(() => setOpen(true))}
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
        </button>
      </Tooltip>
      {loaded && (
        <loaded.Part
          {...navigation}
          open={open}
          onOpenChange={setOpen}
          returnFocus={() => trigger.current?.focus()}
        />
      )}
    </>
  );
}
