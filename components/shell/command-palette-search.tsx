"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { searchRecordsAction } from "@/app/(app)/search/actions";

type Hit = Extract<Awaited<ReturnType<typeof searchRecordsAction>>, { status: "success" }>["data"][number];

const groups: [Hit["kind"], string][] = [
  ["organization", "Organizations"],
  ["product", "Products"],
  ["subscription", "Subscriptions"],
  ["productKey", "Product keys"],
];
const debounceMs = 200;

/**
 * The palette's search: the server searches with the actor's own list scopes; an answer that
 * arrives after newer typing is dropped, so the list always matches the text. Mounted only while
 * the palette is open, so its state starts empty each time.
 */
export default function CommandPaletteSearch({ close }: { close: () => void }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [message, setMessage] = useState<string>();
  const latest = useRef("");

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

  return (
    <Command shouldFilter={false} label="Go to a record">
      <Command.Input
        value={text}
        onValueChange={setText}
        placeholder="Organization, product, subscription number or key prefix"
        className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <Command.List className="mt-3 max-h-80 overflow-y-auto text-sm">
        {text.trim() && !message && (
          <Command.Empty className="px-2 py-3 text-zinc-600 dark:text-zinc-400">Nothing found.</Command.Empty>
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
                      close();
                      router.push(hit.href);
                    }}
                    className="flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-2 data-[selected=true]:bg-zinc-100 dark:data-[selected=true]:bg-zinc-800"
                  >
                    <span className="font-medium">{hit.label}</span>
                    <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">{hit.detail}</span>
                  </Command.Item>
                ))}
              </Command.Group>
            ) : null;
          })}
      </Command.List>
    </Command>
  );
}
