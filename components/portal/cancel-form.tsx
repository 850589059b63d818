"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { toast } from "sonner";
import { cancelSubscriptionAction } from "@/app/(app)/portal/subscriptions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { StaleBanner } from "@/components/forms/stale-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import type { cancelSubscriptionSchema } from "@/lib/subscriptions/subscription-schemas";
import { inputClass } from "@/components/ui/input";
import { isStale } from "./action-outcome";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.cancelSubscriptionSchema),
  { raw: true },
);

type CancelInput = z.input<typeof cancelSubscriptionSchema>;

/**
 * Cancels now or at the end of the period (when the policy and the subscription allow it), in two
 * steps: choose, then confirm — a cancellation is not undone by a misplaced click.
 */
export function CancelForm({
  subscriptionId,
  changeSequence,
  atPeriodEnd,
  periodEndsOn,
}: {
  subscriptionId: string;
  changeSequence: number;
  /** Whether cancelling at the period's end is offered. */
  atPeriodEnd: boolean;
  periodEndsOn: string | null;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [stale, setStale] = useState(false);
  const form = useForm<CancelInput>({
    resolver,
    defaultValues: { when: atPeriodEnd ? "at_period_end" : "now", reason: "" },
  });
  const when = useWatch({ control: form.control, name: "when" });
  const onSubmit = form.handleSubmit(async (values) => {
    // The button and Enter in the reason field both submit: the first submit only asks.
    if (!confirming) return setConfirming(true);
    const result = await cancelSubscriptionAction({
      ...values,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
    });
    setConfirming(false);
    if (isStale(result)) return setStale(true);
    const done = applyActionResult(result, form.setError, ["when", "reason"]);
    if (!done) return;
    toast.success(
      done.outcome === "pending"
        ? `Cancelled at the end of the period (${periodEndsOn})`
        : done.status === "grace"
          ? "Cancelled: the grace period has started"
          : "Cancelled",
    );
    router.refresh();
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Cancel subscription" className="space-y-3">
      {stale && <StaleBanner what="subscription" />}
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">When</legend>
        {atPeriodEnd && (
          <label className="flex items-center gap-2">
            <input type="radio" value="at_period_end" {...form.register("when")} />
            At the end of the period ({periodEndsOn})
          </label>
        )}
        <label className="flex items-center gap-2">
          <input type="radio" value="now" {...form.register("when")} />
          Now
        </label>
      </fieldset>
      <Field id="cancel-reason" label="Reason (optional)" error={form.formState.errors.reason?.message}>
        <input id="cancel-reason" className={inputClass} {...form.register("reason")} />
      </Field>
      <SubmitButton variant="secondary">Cancel subscription…</SubmitButton>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={
          when === "now"
            ? "Cancel this subscription now?"
            : `Cancel this subscription at the end of the period, on ${periodEndsOn}?`
        }
        confirmLabel="Yes, cancel"
        cancelLabel="Keep it"
        // The dialog lives outside the form: submitting it runs the cancellation.
        onConfirm={() => formRef.current?.requestSubmit()}
      />
    </form>
  );
}
