"use client";

import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changeQuantityAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { SubmitButton } from "@/components/forms/submit-button";
import type { changeQuantitySchema } from "@/lib/subscriptions/subscription-schemas";
import { FormShell } from "./form-shell";
import { ScopedField } from "./scoped-field";
import { useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.changeQuantitySchema),
  { raw: true },
);

type Values = z.input<typeof changeQuantitySchema>;

export function ChangeQuantityForm({
  subscriptionId,
  changeSequence,
  quantity,
}: {
  subscriptionId: string;
  changeSequence: number;
  quantity: number;
}) {
  const { stale, settle } = useSettle();
  const form = useForm<Values>({
    resolver,
    defaultValues: { quantity, reason: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changeQuantityAction({
      ...values,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
    });
    settle(result, form.setError, ["quantity", "reason"], (s) => `Quantity is now ${s.quantity}`);
  });
  return (
    <FormShell title="Change quantity" stale={stale} onSubmit={onSubmit}>
      <ScopedField
        scope="quantity"
        form={form}
        name="quantity"
        label="Quantity"
        type="number"
        min={1}
        options={requiredNumber}
      />
      <ScopedField scope="quantity" form={form} name="reason" label="Reason (optional)" />
      <SubmitButton disabled={form.formState.isSubmitting}>Change quantity</SubmitButton>
    </FormShell>
  );
}
