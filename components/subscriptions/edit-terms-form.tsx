"use client";

import { useForm } from "react-hook-form";
import type { z } from "zod";
import { editTermsAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { SubmitButton } from "@/components/forms/submit-button";
import type { editTermsSchema } from "@/lib/subscriptions/subscription-schemas";
import { FormShell } from "./form-shell";
import { ScopedField } from "./scoped-field";
import { useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.editTermsSchema),
  { raw: true },
);

type Values = z.input<typeof editTermsSchema>;
type Terms = Required<Omit<Values, "reason" | "changeSequence">>;

const fieldNames = [
  "appLimit",
  "namespaceLimit",
  "costPerAppUnit",
  "costPerNamespaceUnit",
  "gracePeriod",
  "reminderBeforePeriod",
  "reason",
] as const;

/**
 * The provider's edit of this subscription's limits and unit costs (a negotiated deal); the
 * plan stays as it is. Only the fields changed here are sent, so the history names just those.
 */
export function EditTermsForm({
  subscriptionId,
  changeSequence,
  terms,
}: {
  subscriptionId: string;
  changeSequence: number;
  terms: Terms;
}) {
  const { stale, settle } = useSettle();
  const form = useForm<Values>({
    resolver,
    defaultValues: { ...terms, reason: "" },
  });
  const { dirtyFields, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const changed = Object.fromEntries(
      fieldNames.filter((name) => name !== "reason" && dirtyFields[name]).map((name) => [name, values[name]]),
    );
    const result = await editTermsAction({
      ...changed,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
    });
    if (settle(result, form.setError, fieldNames, () => "Terms saved")) form.reset({ ...values, reason: "" });
  });
  const number = (name: (typeof fieldNames)[number], label: string) => (
    <ScopedField scope="terms" form={form} name={name} label={label} type="number" options={requiredNumber} />
  );
  return (
    <FormShell title="Edit terms" stale={stale} onSubmit={onSubmit}>
      {number("appLimit", "App limit (-1 unlimited)")}
      {number("namespaceLimit", "Namespace limit (-1 unlimited)")}
      <ScopedField
        scope="terms"
        form={form}
        name="costPerAppUnit"
        label="Cost per app (USD)"
        inputMode="decimal"
      />
      <ScopedField
        scope="terms"
        form={form}
        name="costPerNamespaceUnit"
        label="Cost per namespace (USD)"
        inputMode="decimal"
      />
      {number("gracePeriod", "Grace period (days)")}
      {number("reminderBeforePeriod", "Reminder (days, -1 none)")}
      <ScopedField scope="terms" form={form} name="reason" label="Reason (optional)" />
      <SubmitButton disabled={isSubmitting || !isDirty}>Save terms</SubmitButton>
    </FormShell>
  );
}
