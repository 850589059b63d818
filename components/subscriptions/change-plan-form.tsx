"use client";

import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { changePlanAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { changePlanSchema } from "@/lib/subscriptions/subscription-schemas";
import { FormShell } from "./form-shell";
import { emptyIsAbsent, ScopedField } from "./scoped-field";
import { outcomeMessage, useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.changePlanSchema),
  { raw: true },
);

type Values = z.input<typeof changePlanSchema>;

export interface PlanChangeChoice {
  id: string;
  name: string;
  alone: boolean;
  plans: { id: string; name: string; terms: string }[];
}

/**
 * Moves the subscription to another plan of its product or of a compatible product, now or on
 * a later day. The choices are the ones the change would accept (lib/subscriptions).
 */
export function ChangePlanForm({
  subscriptionId,
  changeSequence,
  choices,
}: {
  subscriptionId: string;
  changeSequence: number;
  choices: PlanChangeChoice[];
}) {
  const { stale, settle } = useSettle();
  const form = useForm<Values>({
    resolver,
    defaultValues: { reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [productId, planId] = useWatch({ control: form.control, name: ["productId", "planId"] });
  // One select picks both ids: "productId/planId", or "productId/" for a product alone.
  const pick = (value: string) => {
    const [productId = "", planId = ""] = value.split("/");
    form.setValue("productId", productId || undefined);
    form.setValue("planId", planId || undefined);
  };
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changePlanAction({
      ...values,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
    });
    if (
      settle(result, form.setError, ["planId", "productId", "effectiveOn", "reason"], (o) =>
        outcomeMessage("Plan change", o),
      )
    )
      form.reset({ reason: "" });
  });
  if (!choices.length) {
    return (
      <section aria-label="Change plan" className="space-y-1">
        <h2 className="font-semibold">Change plan</h2>
        <p className="text-sm text-zinc-500">No other plan can be chosen for this subscription now.</p>
      </section>
    );
  }
  const error = errors.planId?.message ?? errors.productId?.message;
  return (
    <FormShell title="Change plan" stale={stale} onSubmit={onSubmit}>
      <div className="min-w-64">
        <Field id="plan-target" label="New plan" error={error}>
          <select
            id="plan-target"
            className={inputClass}
            aria-invalid={!!error}
            value={productId ? `${productId}/${planId ?? ""}` : ""}
            onChange={(event) => pick(event.target.value)}
          >
            <option value="">Choose…</option>
            {choices.map((product) => (
              <optgroup key={product.id} label={product.name}>
                {product.alone && <option value={`${product.id}/`}>{product.name} (no plan)</option>}
                {product.plans.map((plan) => (
                  <option key={plan.id} value={`${product.id}/${plan.id}`}>
                    {product.name} · {plan.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      </div>
      <ScopedField
        scope="plan"
        form={form}
        name="effectiveOn"
        label="On (empty: now)"
        type="date"
        options={emptyIsAbsent}
      />
      <ScopedField scope="plan" form={form} name="reason" label="Reason (optional)" />
      <SubmitButton disabled={isSubmitting}>Change plan</SubmitButton>
    </FormShell>
  );
}
