"use client";

import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { cancelSubscriptionAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { cancelSubscriptionSchema } from "@/lib/subscriptions/subscription-schemas";
import { ConfirmSubmit, useConfirm } from "./confirm-submit";
import { FormShell } from "./form-shell";
import { ScopedField } from "./scoped-field";
import { outcomeMessage, useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.cancelSubscriptionSchema),
  { raw: true },
);

type Values = z.input<typeof cancelSubscriptionSchema>;

/** Cancels now (into grace when the terms give one) or at the end of the current period. */
export function CancelSubscriptionForm({
  subscriptionId,
  changeSequence,
}: {
  subscriptionId: string;
  changeSequence: number;
}) {
  const { stale, settle } = useSettle();
  const { asking, back, confirmed } = useConfirm();
  const form = useForm<Values>({
    resolver,
    defaultValues: { when: "now", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(
    confirmed(async (values: Values) => {
      const result = await cancelSubscriptionAction({
        ...values,
        reason: values.reason || undefined,
        changeSequence,
        subscriptionId,
      });
      settle(result, form.setError, ["when", "reason"], (o) => outcomeMessage("Cancellation", o));
    }),
  );
  const when = useWatch({ control: form.control, name: "when" });
  return (
    <FormShell title="Cancel subscription" stale={stale} onSubmit={onSubmit}>
      <Field id="cancel-when" label="When" error={errors.when?.message}>
        <select
          id="cancel-when"
          className={inputClass}
          aria-invalid={!!errors.when}
          {...form.register("when")}
        >
          <option value="now">Now</option>
          <option value="at_period_end">At the end of the period</option>
        </select>
      </Field>
      <ScopedField scope="cancel" form={form} name="reason" label="Cancellation reason" />
      <ConfirmSubmit
        asking={asking}
        back={back}
        disabled={isSubmitting}
        label="Cancel subscription"
        question={when === "now" ? "Cancel it now?" : "Cancel it at the end of its period?"}
      />
    </FormShell>
  );
}
