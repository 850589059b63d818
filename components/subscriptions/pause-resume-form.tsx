"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { pauseResumeAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { pauseResumeSchema } from "@/lib/subscriptions/subscription-schemas";
import { FormShell } from "./form-shell";
import { emptyIsAbsent, ScopedField } from "./scoped-field";
import { outcomeMessage, useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.pauseResumeSchema),
  { raw: true },
);

type Values = z.input<typeof pauseResumeSchema>;

/** Pauses or resumes now or on a later day; the domain says when a move does not apply. */
export function PauseResumeForm({
  subscriptionId,
  changeSequence,
  paused,
}: {
  subscriptionId: string;
  changeSequence: number;
  paused: boolean;
}) {
  const { stale, settle } = useSettle();
  const [move, setMove] = useState<"pause" | "resume">(paused ? "resume" : "pause");
  const form = useForm<Values>({
    resolver,
    defaultValues: { reason: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await pauseResumeAction({
      ...values,
      reason: values.reason || undefined,
      changeSequence,
      subscriptionId,
      move,
    });
    const what = move === "pause" ? "Pause" : "Resume";
    if (settle(result, form.setError, ["effectiveOn", "reason"], (o) => outcomeMessage(what, o)))
      form.reset({ reason: "" });
  });
  return (
    <FormShell title="Pause or resume" stale={stale} onSubmit={onSubmit}>
      <Field id="pause-move" label="Move">
        <select
          id="pause-move"
          className={inputClass}
          value={move}
          onChange={(event) => setMove(event.target.value === "resume" ? "resume" : "pause")}
        >
          <option value="pause">Pause</option>
          <option value="resume">Resume</option>
        </select>
      </Field>
      <ScopedField
        scope="pause"
        form={form}
        name="effectiveOn"
        label="On (empty: now)"
        type="date"
        options={emptyIsAbsent}
      />
      <ScopedField scope="pause" form={form} name="reason" label="Reason (optional)" />
      <SubmitButton variant="secondary" disabled={form.formState.isSubmitting}>
        {move === "pause" ? "Pause" : "Resume"}
      </SubmitButton>
    </FormShell>
  );
}
