"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A destructive form's two steps: the first submit (button or Enter) only asks, once the
 * fields are valid; the second runs it. (A dialog replaces this with the dialogs issue; the
 * question and the answer stay the same.) `confirmed` wraps the form's submit handler.
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
  if (!asking) {
    return (
      <Button type="submit" variant="danger" disabled={disabled}>
        {label}
      </Button>
    );
  }
  return (
    <span role="group" aria-label="Confirm" className="flex flex-wrap items-center gap-2 text-sm">
      <span>{question}</span>
      <Button type="submit" variant="danger" disabled={disabled}>
        Yes, {label.toLowerCase()}
      </Button>
      <Button variant="ghost" onClick={back}>
        No
      </Button>
    </span>
  );
}
