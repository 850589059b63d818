"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { searchRecordsAction } from "@/app/(app)/search/actions";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

type Hit = Extract<Awaited<ReturnType<typeof searchRecordsAction>>, { status: "success" }>["data"][number];

const groups: [Hit["kind"], string][] = [
  ["organization", "Organizations"],
  ["product", "Products"],
  ["subscription", "Subscriptions"],
  ["productKey", "Product keys"],
];
const debounceMs = 200;

/**
 * ⌘K (Ctrl+K): jump to an organization, product, subscription or product key by typing part of
 * its name or number. The server searches with the actor's own list scopes; an answer that
 * arrives after newer typing is dropped, so the list always matches the text.
 */
export function CommandPalette() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [message, setMessage] = useState<string>();
  const latest = useRef("");

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

  useEffect(() => {
    const query = text.trim();
    latest.current = query;
    if (!query) return;
    const timer = setTimeout(() => {
      void searchRecordsAction({ query }).then((result) => {
        if (latest.current !== query) return;
        setHits(result.status === "success" ? result.data : []);
        setMessage(result.status === "success" ? undefined : result.message);
      });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  function change(next: boolean) {
    setOpen(next);
    if (!next) {
      setText("");
      setHits([]);
      setMessage(undefined);
    }
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger className="inline-flex items-center gap-3 rounded-md border border-zinc-300 px-3 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800">
        Search…
        <kbd className="rounded border border-zinc-300 px-1 font-sans text-xs dark:border-zinc-600">⌘K</kbd>
      </DialogTrigger>
      <DialogContent title="Go to" className="max-w-xl">
        <Command shouldFilter={false} label="Go to a record">
          <Command.Input
            value={text}
            onValueChange={setText}
            placeholder="Organization, product, subscription number or key prefix"
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <Command.List className="mt-3 max-h-80 overflow-y-auto text-sm">
            {text.trim() && !message && (
              <Command.Empty className="px-2 py-3 text-zinc-600 dark:text-zinc-400">
                Nothing found.
              </Command.Empty>
            )}
            {message && (
              <p role="alert" className="px-2 py-3 text-red-700 dark:text-red-400">
                {message}
              </p>
            )}
            {text.trim() &&
              groups.map(([kind, heading]) => {
                const found = hits.filter((hit) => hit.kind === kind);
                return found.length ? (
                  <Command.Group
                    key={kind}
                    heading={heading}
                    className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-zinc-600 dark:[&_[cmdk-group-heading]]:text-zinc-400"
                  >
                    {found.map((hit) => (
                      <Command.Item
                        key={`${hit.kind}-${hit.id}`}
                        value={`${hit.kind}-${hit.id}`}
                        onSelect={() => {
                          change(false);
                          router.push(hit.href);
                        }}
                        className="flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-2 data-[selected=true]:bg-zinc-100 dark:data-[selected=true]:bg-zinc-800"
                      >
                        <span className="font-medium">{hit.label}</span>
                        <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                          {hit.detail}
                        </span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                ) : null;
              })}
          </Command.List>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
