"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useId, useRef, useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import { descriptionClass, overlayClass, panelClass, titleClass } from "./dialog";
import { Field } from "./field";
import { inputClass } from "./input";

/**
 * Asks before an action that cannot be taken back. An alert dialog, not a plain one: a click
 * outside does not dismiss it, and focus starts on Cancel so Enter never confirms by accident
 * (on the reason, when one is asked for: Confirm stays off until it is written).
 * With `reason`, the action needs a written reason (disable, revoke): Confirm stays off until
 * one is typed. `onConfirm` returns an error message to keep the dialog open and show it, or
 * nothing to close; a thrown error is shown the same way.
 */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "danger",
  reason,
  onConfirm,
}: {
  /** The button that opens it; leave out and pass `open`/`onOpenChange` to open it from code. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  /** Where "Cancel" would be ambiguous (the action itself cancels something), e.g. "Keep it". */
  cancelLabel?: string;
  tone?: Extract<ButtonProps["variant"], "danger" | "primary">;
  reason?: { label: string; hint?: string; maxLength?: number };
  onConfirm: (reason: string) => Promise<string | void> | string | void;
}) {
  const id = useId();
  const [ownOpen, setOwnOpen] = useState(false);
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  // Opened from code (no trigger), Radix has nothing to give focus back to: remember the opener.
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = open ?? ownOpen;

  function setOpen(next: boolean) {
    if (pending) return;
    if (!next) {
      setText("");
      setError(undefined);
    }
    setOwnOpen(next);
    onOpenChange?.(next);
  }

  async function confirm() {
    setPending(true);
    setError(undefined);
    let failure: string | void;
    try {
      failure = await onConfirm(text.trim());
    } catch (err) {
      failure = err instanceof Error ? err.message : "Something went wrong. Try again.";
    }
    setPending(false);
    if (failure) setError(failure);
    else {
      setText("");
      setOwnOpen(false);
      onOpenChange?.(false);
    }
  }

  const missingReason = reason !== undefined && text.trim() === "";
  return (
    <AlertDialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClass} />
        <AlertDialog.Content
          className={panelClass}
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            if (!reason) return;
            event.preventDefault();
            reasonBox.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (trigger) return;
            event.preventDefault();
            opener.current?.focus();
          }}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <AlertDialog.Title className={titleClass}>{title}</AlertDialog.Title>
          {description && (
            <AlertDialog.Description className={descriptionClass}>{description}</AlertDialog.Description>
          )}
          {reason && (
            <div className="mt-4">
              <Field id={`${id}-reason`} label={reason.label} hint={reason.hint}>
                <textarea
                  ref={reasonBox}
                  id={`${id}-reason`}
                  className={inputClass}
                  rows={3}
                  required
                  maxLength={reason.maxLength ?? 500}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  disabled={pending}
                />
              </Field>
            </div>
          )}
          {error && (
            <p role="alert" className="mt-3 text-sm text-red-600 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            {/* A plain button, not AlertDialog.Action: that one closes at once, before the work is done. */}
            <Button variant={tone} onClick={confirm} disabled={pending || missingReason} aria-busy={pending}>
              {pending ? "Working…" : confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
