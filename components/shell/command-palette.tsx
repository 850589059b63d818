"use client";

import { useEffect, useRef, useState } from "react";
import { useLoadOnUse } from "@/components/ui/use-load-on-use";

/**
 * ⌘K (Ctrl+K): jump to an organization, product, subscription or product key by typing part of
 * its name or number. The dialog and its search (Radix, cmdk) load on the first open, not with
 * every signed-in page: until then the button is a plain one.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const { loaded, warm, activate } = useLoadOnUse(() =>
    import("./command-palette-dialog").then((m) => m.CommandPaletteDialog),
  );
  const show = (next: boolean) =>
    next ? void activate("pointer").then(() => setOpen(true)) : setOpen(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        show(!open);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => show(true)}
        className="inline-flex items-center gap-3 rounded-md border border-zinc-300 px-3 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Search…
        <kbd className="rounded border border-zinc-300 px-1 font-sans text-xs dark:border-zinc-600">⌘K</kbd>
      </button>
      {loaded && <loaded.Part open={open} onOpenChange={show} returnFocus={() => trigger.current?.focus()} />}
    </>
  );
}
