"use client";

import { useRef, useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * A destructive form's two steps: the first submit (button or Enter) only asks, once the
 * fields are valid; confirming in the dialog submits again, which runs it. `confirmed` wraps
 * the form's submit handler.
 */
export function useConfirm() {
  const [asking, setAsking] = useState(false);
  const confirmed =
    <V,>(run: (values: V) => Promise<void>) =>
    async (values: V) => {
      if (!asking) return setAsking(true);
      await run(values);
      setAsking(false);
    };
  return { asking, back: () => setAsking(false), confirmed };
}

/** The submit button, and the dialog that asks `question` before the form's work is done. */
export function ConfirmSubmit({
  asking,
  back,
  label,
  question,
  disabled,
}: {
  asking: boolean;
  back: () => void;
  label: string;
  question: string;
  disabled?: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <SubmitButton ref={button} variant="danger" disabled={disabled}>
        {label}
      </SubmitButton>
      <ConfirmDialog
        open={asking}
        onOpenChange={(open) => !open && back()}
        title={question}
        confirmLabel={`Yes, ${label.toLowerCase()}`}
        cancelLabel="Go back"
        // The dialog lives outside the form: it submits the form its button belongs to.
        onConfirm={() => button.current?.form?.requestSubmit()}
      />
    </>
  );
}
