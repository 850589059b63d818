"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { ResendVerificationButton } from "@/components/shell/resend-verification-button";
import { Button } from "@/components/ui/button";
import { resendFromLinkAction, verifyEmailAction } from "./actions";

/**
 * Verification waits for a click: mail scanners open links on their own, and a link that
 * acted on a mere visit would be used up before its reader saw it. A used or expired link is
 * no dead end: it offers to send a new one.
 */
export function VerifyEmailButton({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const verify = () =>
    startTransition(async () => {
      const result = await verifyEmailAction({ token });
      setOutcome(
        result.status === "success"
          ? { ok: true, message: `${result.data.email} is verified and your organization is active.` }
          : { ok: false, message: result.message },
      );
    });

  if (outcome) {
    return (
      <div className="space-y-4 text-sm">
        <p role={outcome.ok ? "status" : "alert"}>{outcome.message}</p>
        {!outcome.ok && (
          <ResendVerificationButton send={() => resendFromLinkAction({ token })} className="w-full" />
        )}
        <Link href="/dashboard" className="block font-medium text-brand-600 hover:underline">
          Continue to Subdesk →
        </Link>
      </div>
    );
  }
  return (
    <Button onClick={verify} disabled={pending} className="w-full">
      {pending ? "Verifying…" : "Verify my email"}
    </Button>
  );
}
