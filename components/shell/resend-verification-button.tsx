"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action";
import type { ResendVerificationResult } from "@/lib/signup/resend-verification";

/** Asks for a new verification link and says what happened, in place of the button. */
export function ResendVerificationButton({
  send,
  variant = "secondary",
  className,
}: {
  /** A server action; it is called with no fields (the signed-in user's, or a link's, are already known). */
  send: (input: Record<string, never>) => Promise<ActionResult<ResendVerificationResult>>;
  variant?: "primary" | "secondary";
  className?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const resend = () =>
    startTransition(async () => {
      const result = await send({});
      setOutcome(
        result.status === "success"
          ? { ok: true, message: result.data.detail }
          : { ok: false, message: result.message },
      );
    });

  if (outcome?.ok) return <span role="status">{outcome.message}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <Button variant={variant} onClick={resend} disabled={pending} className={className}>
        {pending ? "Sending…" : "Send a new verification link"}
      </Button>
      {outcome && <span role="alert">{outcome.message}</span>}
    </span>
  );
}
