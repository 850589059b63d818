"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import type { OpenedWith } from "./use-load-on-use";

/**
 * A menu that takes the place of its plain stand-in trigger (use-load-on-use.ts) once it has
 * loaded, opened the way the stand-in was used: after a click it is open; after Enter or Space
 * its trigger takes focus and gets that key, so Radix opens it as from the keyboard, with focus
 * on the first item. Either way focus returns to the trigger when it closes.
 */
export function LoadedDropdownMenu({
  openedWith,
  trigger,
  children,
}: {
  openedWith: OpenedWith;
  trigger: ComponentProps<typeof Menu.Trigger>;
  /** The menu's DropdownMenuContent. */
  children: ReactNode;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openedWith !== "keyboard") return;
    triggerRef.current?.focus();
    triggerRef.current?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  }, [openedWith]);
  return (
    <Menu.Root defaultOpen={openedWith === "pointer"}>
      <Menu.Trigger ref={triggerRef} {...trigger} />
      {children}
    </Menu.Root>
  );
}
