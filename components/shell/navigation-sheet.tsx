"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { overlayClass } from "@/components/ui/dialog";
import type { NavItem } from "@/lib/auth/navigation";
import { Sidebar } from "./sidebar";

/**
 * The mobile navigation's sheet once loaded (mobile-navigation.tsx): the sidebar from the left
 * over Radix Dialog (focus trapped, Escape and a click outside close it).
 */
export function NavigationSheet({
  open,
  onOpenChange,
  returnFocus,
  ...navigation
}: {
  title: string;
  items: NavItem[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Radix returns focus to its own trigger; this sheet's trigger is the plain button. */
  returnFocus: () => void;
}) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClass} />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto border-r border-zinc-200 bg-white shadow-xl focus:outline-none dark:border-zinc-800 dark:bg-zinc-900"
        >
          <DialogPrimitive.Title className="px-6 pb-1 pt-5 text-lg font-semibold">
            Subdesk
          </DialogPrimitive.Title>
          {/* A link to the page already open changes no path, so following any link closes it too. */}
          <Sidebar {...navigation} onNavigate={() => onOpenChange(false)} />
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
