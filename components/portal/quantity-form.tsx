"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { toast } from "sonner";
import { changeQuantityAction } from "@/app/(app)/portal/subscriptions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { StaleBanner } from "@/components/forms/stale-banner";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { changeQuantitySchema } from "@/lib/subscriptions/subscription-schemas";
import { isStale } from "./action-outcome";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.changeQuantitySchema),
  { raw: true },
);

type QuantityInput = z.input<typeof changeQuantitySchema>;

/** Changes the quantity now, at the version on screen (someone else's change first → told, not overwritten). */
export function QuantityForm({
  subscriptionId,
  quantity,
  changeSequence,
}: {
  subscriptionId: string;
  quantity: number;
  changeSequence: number;
}) {
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const form = useForm<QuantityInput>({
    resolver,
    defaultValues: { quantity, changeSequence },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changeQuantityAction({ ...values, changeSequence, subscriptionId });
    if (isStale(result)) return setStale(true);
    const changed = applyActionResult(result, form.setError, ["quantity"]);
    if (!changed) return;
    toast.success(`Quantity is now ${changed.quantity}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change quantity" className="space-y-3">
      {stale && <StaleBanner what="subscription" />}
      <div className="flex items-end gap-2">
        <TextField
          form={form}
          name="quantity"
          label="Quantity"
          type="number"
          min={1}
          options={requiredNumber}
        />
        <SubmitButton disabled={form.formState.isSubmitting}>Change quantity</SubmitButton>
      </div>
    </form>
  );
}
