"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { toast } from "sonner";
import { changePlanAction } from "@/app/(app)/portal/subscriptions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { day } from "@/components/subscriptions/format";
import { StaleBanner } from "@/components/forms/stale-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { PlanChoice, ProductChoice } from "@/lib/subscriptions/subscription-choices";
import type { changePlanSchema } from "@/lib/subscriptions/subscription-schemas";
import { isStale } from "./action-outcome";
import { WhenField } from "./when-field";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.changePlanSchema),
  { raw: true },
);

type PlanChangeInput = z.input<typeof changePlanSchema>;
type Choice = ProductChoice & { alone: boolean };

const fieldNames = ["planId", "productId", "effectiveOn", "reason"];
/** One select option per target: "product:plan", or "product:" for a product offered alone. */
const targetOf = (value: string) => {
  const [productId, planId] = value.split(":");
  return { productId: productId || undefined, planId: planId || undefined };
};
const planLabel = (plan: PlanChoice) => `${plan.name} (${plan.terms})`;

/**
 * Moves the subscription to another plan of its product or of a compatible product — the
 * choices lib/subscriptions offers, each one the change itself would accept — now or on a date.
 */
export function PlanChangeForm({
  subscriptionId,
  changeSequence,
  choices,
}: {
  subscriptionId: string;
  changeSequence: number;
  choices: Choice[];
}) {
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const form = useForm<PlanChangeInput>({
    resolver,
    defaultValues: { reason: "" },
    shouldUnregister: true,
  });
  const errors = form.formState.errors;
  const targetError = errors.planId?.message ?? errors.productId?.message;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changePlanAction({
      ...values,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
    });
    if (isStale(result)) return setStale(true);
    const changed = applyActionResult(result, form.setError, fieldNames);
    if (!changed) return;
    toast.success(
      changed.outcome === "applied"
        ? "The plan is changed"
        : changed.outcome === "pending"
          ? `The plan changes on ${day(changed.effectiveOn)}`
          : "The change waits for the provider's review",
    );
    router.refresh();
  });
  if (choices.length === 0) {
    return (
      <p className="text-sm text-zinc-500">There is no other plan this subscription can move to today.</p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change plan" className="space-y-3">
      {stale && <StaleBanner what="subscription" />}
      <Field id="plan-target" label="New plan" error={targetError}>
        <select
          id="plan-target"
          className={inputClass}
          aria-invalid={!!targetError}
          defaultValue=""
          onChange={(event) => {
            const target = targetOf(event.target.value);
            form.setValue("productId", target.productId);
            form.setValue("planId", target.planId);
          }}
        >
          <option value="" disabled>
            Choose a plan
          </option>
          {choices.map((product) => (
            <optgroup key={product.id} label={product.name}>
              {product.alone && <option value={`${product.id}:`}>{product.name} (no plan)</option>}
              {product.plans.map((plan) => (
                <option key={plan.id} value={`${product.id}:${plan.id}`}>
                  {planLabel(plan)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <input type="hidden" {...form.register("productId")} />
      <input type="hidden" {...form.register("planId")} />
      <WhenField form={form} name="effectiveOn" legend="Change" nowLabel="Now" dateLabel="On a date" />
      <Field id="plan-reason" label="Reason (optional)">
        <input id="plan-reason" className={inputClass} {...form.register("reason")} />
      </Field>
      <SubmitButton disabled={form.formState.isSubmitting}>Change plan</SubmitButton>
    </form>
  );
}
