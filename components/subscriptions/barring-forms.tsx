"use client";

import { useForm } from "react-hook-form";
import type { z } from "zod";
import { barringAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { BarringReason } from "@/db/schema";
import type { applyBarringSchema } from "@/lib/subscriptions/subscription-schemas";
import { ConfirmSubmit, useConfirm } from "./confirm-submit";
import { FormShell } from "./form-shell";
import { ScopedField } from "./scoped-field";
import { useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.applyBarringSchema),
  { raw: true },
);

type Values = z.input<typeof applyBarringSchema>;

/** MasStack's block reasons, as the people choosing one read them. */
export const barringReasons: Record<BarringReason, string> = {
  DEBT: "Debt",
  RISK: "Risk",
  MIGRATION: "Migration",
  ATC: "ATC",
  CUST: "Customer request",
};

/**
 * Applies a barring (confirmed first: plan changes are held for review while it lasts) or
 * lifts an active one. The same payload either way: a reason and a note.
 */
export function BarringForm({
  subscriptionId,
  changeSequence,
  move,
  reasons,
}: {
  subscriptionId: string;
  changeSequence: number;
  move: "apply" | "lift";
  /** The reasons one may choose: every one to apply, the active ones to lift. */
  reasons: BarringReason[];
}) {
  const { stale, settle } = useSettle();
  const { asking, back, confirmed } = useConfirm();
  const scope = `barring-${move}`;
  const form = useForm<Values>({
    resolver,
    defaultValues: { reason: reasons[0], note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const run = async (values: Values) => {
    const result = await barringAction({ ...values, changeSequence, subscriptionId, move });
    const done = move === "apply" ? `Barred (${values.reason})` : `Barring lifted (${values.reason})`;
    if (settle(result, form.setError, ["reason", "note"], () => done))
      form.reset({ reason: reasons[0], note: "" });
  };
  const onSubmit = form.handleSubmit(move === "apply" ? confirmed(run) : run);
  return (
    <FormShell
      title={move === "apply" ? "Apply a barring" : "Lift a barring"}
      stale={stale}
      onSubmit={onSubmit}
    >
      <Field id={`${scope}-reason`} label="Barring reason" error={errors.reason?.message}>
        <select
          id={`${scope}-reason`}
          className={inputClass}
          aria-invalid={!!errors.reason}
          {...form.register("reason")}
        >
          {reasons.map((r) => (
            <option key={r} value={r}>
              {barringReasons[r]}
            </option>
          ))}
        </select>
      </Field>
      <ScopedField scope={scope} form={form} name="note" label="Note" />
      {move === "apply" ? (
        <ConfirmSubmit
          asking={asking}
          back={back}
          disabled={isSubmitting}
          label="Bar subscription"
          question="Bar it? Its plan changes will wait for review."
        />
      ) : (
        <SubmitButton variant="secondary" disabled={isSubmitting}>
          Lift barring
        </SubmitButton>
      )}
    </FormShell>
  );
}
