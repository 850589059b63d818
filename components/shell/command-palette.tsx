"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

// The search (cmdk and its results) loads on the first open, not with every signed-in page.
const CommandPaletteSearch = dynamic(() => import("./command-palette-search"), {
  ssr: false,
  loading: () => <p className="px-2 py-3 text-sm">Loading…</p>,
});

/**
 * ⌘K (Ctrl+K): jump to an organization, product, subscription or product key by typing part of
 * its name or number.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen((was) => !was);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="inline-flex items-center gap-3 rounded-md border border-zinc-300 px-3 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800">
        Search…
        <kbd className="rounded border border-zinc-300 px-1 font-sans text-xs dark:border-zinc-600">⌘K</kbd>
      </DialogTrigger>
      <DialogContent title="Go to" className="max-w-xl">
        {open && <CommandPaletteSearch close={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}
