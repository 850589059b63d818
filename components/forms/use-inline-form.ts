"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Which inline form of a panel is open (an item's id, or "new"), with the focus a keyboard
 * user expects: `opener(key)` is the ref of the button that opens form `key`, and when that
 * form closes — saved or cancelled — focus goes back to it instead of falling to the page.
 * The form itself takes focus with `useFocusFirstField`.
 */
export function useInlineForm() {
  const [editing, setEditing] = useState<string | null>(null);
  const openers = useRef(new Map<string, HTMLElement>());
  const closed = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || closed.current === null) return;
    openers.current.get(closed.current)?.focus();
    closed.current = null;
  }, [editing]);
  return {
    editing,
    open: (key: string) => setEditing(key),
    close: () => {
      closed.current = editing;
      setEditing(null);
    },
    opener: (key: string) => (element: HTMLElement | null) => {
      if (element) openers.current.set(key, element);
      else openers.current.delete(key);
    },
  };
}

/** A ref for a form that opens in place: its first field takes focus when it appears. */
export function useFocusFirstField<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }, []);
  return ref;
}
