"use client";

import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { ComboboxAnswer, ComboboxOption } from "./search-combobox";

const debounceMs = 200;

function announcement(answer: ComboboxAnswer | undefined): string {
  if (!answer) return "";
  if ("message" in answer) return answer.message;
  const n = answer.options.length;
  return n === 0 ? "No results." : n === 1 ? "1 result." : `${n} results.`;
}

/**
 * The open part of SearchCombobox (Radix Popover and cmdk, loaded on first use): a search box over
 * the options `search` answers for its text, asked once typing pauses; an answer that arrives after
 * newer typing is dropped. Mounted only while open, so each opening starts from an empty search.
 * Focus returns to the trigger when it closes, unless the user clicked or tabbed elsewhere.
 */
export function SearchComboboxPopup({
  id,
  anchor,
  value,
  search,
  searchLabel,
  onPick,
  onClose,
}: {
  id: string;
  /** The trigger: the popup sits under it and takes its width. */
  anchor: RefObject<HTMLButtonElement | null>;
  value: string | undefined;
  search: (text: string) => Promise<ComboboxAnswer>;
  searchLabel: string;
  onPick: (option: ComboboxOption) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState("");
  const [answer, setAnswer] = useState<ComboboxAnswer>();
  const latest = useRef("");
  const leftElsewhere = useRef(false);

  useEffect(() => {
    const query = text.trim();
    latest.current = query;
    const timer = setTimeout(() => {
      void search(query).then(
        (found) => latest.current === query && setAnswer(found),
        () => latest.current === query && setAnswer({ message: "The search failed. Try again." }),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, search]);

  return (
    <Popover.Root open onOpenChange={(open) => !open && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          id={id}
          align="start"
          sideOffset={4}
          onInteractOutside={(event) => {
            // A click on the trigger closes the popup through the trigger itself.
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
            else leftElsewhere.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (!leftElsewhere.current) anchor.current?.focus();
          }}
          className="z-50 w-[var(--radix-popover-trigger-width)] min-w-64 rounded-md border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Command shouldFilter={false} label={searchLabel}>
            <Command.Input
              value={text}
              onValueChange={(next) => {
                // Older results go at once: Enter must never pick one the new text would not find.
                setText(next);
                setAnswer(undefined);
              }}
              placeholder="Type to search…"
              className="block w-full rounded border-b border-zinc-200 bg-transparent px-2 py-2 text-sm placeholder:text-zinc-600 focus:outline-none dark:border-zinc-800 dark:placeholder:text-zinc-400"
            />
            <Command.List className="mt-1 max-h-72 overflow-y-auto">
              {!answer && (
                <Command.Loading className="px-2 py-2 text-zinc-600 dark:text-zinc-400">
                  Searching…
                </Command.Loading>
              )}
              {answer && "message" in answer && (
                <p className="px-2 py-2 text-red-700 dark:text-red-400">{answer.message}</p>
              )}
              {answer && "options" in answer && (
                <>
                  <Command.Empty className="px-2 py-2 text-zinc-600 dark:text-zinc-400">
                    Nothing matches.
                  </Command.Empty>
                  {answer.options.map((option) => (
                    <Command.Item
                      key={option.id}
                      value={option.id}
                      onSelect={() => onPick(option)}
                      className="flex cursor-pointer items-baseline justify-between gap-3 rounded px-2 py-1.5 data-[selected=true]:bg-zinc-100 dark:data-[selected=true]:bg-zinc-800"
                    >
                      <span className="truncate">
                        {option.id === value && <span className="sr-only">Chosen: </span>}
                        {option.label}
                        {option.id === value && <span aria-hidden> ✓</span>}
                      </span>
                      {option.detail && (
                        <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                          {option.detail}
                        </span>
                      )}
                    </Command.Item>
                  ))}
                </>
              )}
            </Command.List>
          </Command>
          <p role="status" className="sr-only">
            {announcement(answer)}
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
