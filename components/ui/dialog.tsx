"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Tooltip } from "./tooltip";

/**
 * A modal dialog over Radix: focus is trapped inside and returns to the trigger on close,
 * Escape closes it, and the title names it for screen readers — which is why `title` is a
 * required prop here rather than a child someone may forget.
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export const overlayClass = "fixed inset-0 z-40 bg-zinc-950/50 backdrop-blur-[1px]";
export const panelClass =
  "fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border border-zinc-200 bg-white p-6 shadow-xl focus:outline-none dark:border-zinc-800 dark:bg-zinc-900";
export const titleClass = "text-lg font-semibold tracking-tight";
export const descriptionClass = "mt-1 text-sm text-zinc-600 dark:text-zinc-400";

export function DialogContent({
  title,
  description,
  className,
  children,
  ...props
}: Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & {
  title: string;
  description?: ReactNode;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlayClass} />
      <DialogPrimitive.Content
        className={cn(panelClass, className)}
        // Without a description Radix warns unless told there is none on purpose.
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <DialogPrimitive.Title className={titleClass}>{title}</DialogPrimitive.Title>
        {description && (
          <DialogPrimitive.Description className={descriptionClass}>
            {description}
          </DialogPrimitive.Description>
        )}
        <div className="mt-4">{children}</div>
        <Tooltip content="Close" side="left">
          <DialogPrimitive.Close
            aria-label="Close"
            className="absolute right-3 top-3 flex size-8 items-center justify-center rounded text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-zinc-400 dark:hover:bg-zinc-800"
          >
            <span aria-hidden>×</span>
          </DialogPrimitive.Close>
        </Tooltip>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** The row of buttons at a dialog's foot, the main action last. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex flex-wrap justify-end gap-2">{children}</div>;
}
