"use client";

import { useId, useRef, useState } from "react";
import { cn } from "./cn";
import { useLoadOnUse } from "./use-load-on-use";

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second, quieter line that tells apart options of the same label. */
  detail?: string;
}

/** What a search answers: the options found, or why there are none (shown and announced). */
export type ComboboxAnswer = { options: ComboboxOption[] } | { message: string };

/**
 * A combobox that searches instead of listing (shadcn-style, over Radix Popover and cmdk), for
 * lists too long to send to the browser. Its trigger, named by the field's <label htmlFor={id}>,
 * opens (click, Enter, Space or ↓) a search box over what `search` answers for the text
 * (search-combobox-popup.tsx, loaded on first use like the shell's menus); ↑↓ move, Enter picks,
 * Escape closes, focus returns to the trigger, and a live region says how many were found. The
 * form holds only the chosen id: the label shown is kept here, from the pick.
 */
export function SearchCombobox({
  id,
  value,
  selected,
  onChange,
  search,
  searchLabel,
  placeholder = "Choose…",
  invalid,
  describedBy,
  ref,
}: {
  id: string;
  /** The chosen option's id. */
  value: string | undefined;
  /** The option chosen before this page (e.g. a filter in the URL), to show until another is picked. */
  selected?: ComboboxOption;
  onChange: (id: string) => void;
  /** Asked at each pause in typing, and with "" on opening: a stable function, not one made per render. */
  search: (text: string) => Promise<ComboboxAnswer>;
  /** Names the search box, e.g. "Search organizations". */
  searchLabel: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  /** Gets the trigger, e.g. for a form library to focus an invalid field. */
  ref?: (trigger: HTMLButtonElement | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ComboboxOption | undefined>(selected);
  const trigger = useRef<HTMLButtonElement>(null);
  const popupId = useId();
  const { loaded, warm, activate } = useLoadOnUse(() =>
    import("./search-combobox-popup").then((m) => m.SearchComboboxPopup),
  );
  const show = () => void activate("pointer").then(() => setOpen(true));
  const label = chosen && chosen.id === value ? chosen.label : undefined;

  return (
    <>
      <button
        ref={(node) => {
          trigger.current = node;
          ref?.(node);
        }}
        id={id}
        type="button"
        role="combobox"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            show();
          }
        }}
        className="flex min-h-9 w-full items-center justify-between gap-2 rounded-md border border-zinc-300 bg-white px-3 py-2 text-left text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900"
      >
        <span className={cn("truncate", !label && "text-zinc-600 dark:text-zinc-400")}>
          {label ?? placeholder}
        </span>
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 shrink-0 opacity-70" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </button>
      {loaded && open && (
        <loaded.Part
          id={popupId}
          anchor={trigger}
          value={value}
          search={search}
          searchLabel={searchLabel}
          onPick={(option) => {
            setChosen(option);
            onChange(option.id);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
