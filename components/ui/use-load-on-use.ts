"use client";

import { useState, type ComponentType, type MouseEvent } from "react";

/** How a deferred control was first opened: its loaded part opens the same way. */
export type OpenedWith = "pointer" | "keyboard";

/** A click from Enter or Space has no pointer behind it (`detail` counts pointer clicks). */
export const openedWith = (event: MouseEvent): OpenedWith => (event.detail === 0 ? "keyboard" : "pointer");

/**
 * A control whose Radix part (a menu, a dialog) loads when it is first used instead of with
 * every page, a plain button standing in for it until then. `warm` (on pointing at or focusing
 * the button) starts the load so the click seldom waits; `activate` (on the click) answers once the
 * part is there to show. A load that fails is tried again on the next use.
 */
export function useLoadOnUse<P>(load: () => Promise<ComponentType<P>>) {
  const [loaded, setLoaded] = useState<{ Part: ComponentType<P>; openedWith: OpenedWith }>();
  return {
    loaded,
    warm: () => void load().catch(() => undefined),
    activate: (how: OpenedWith) => load().then((Part) => setLoaded({ Part, openedWith: how })),
  };
}
