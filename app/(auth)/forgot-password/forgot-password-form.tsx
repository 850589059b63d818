"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import type { passwordResetRequestSchema } from "@/lib/signup/schemas";
import { requestPasswordResetAction } from "./actions";

const resolver = lazyZodResolver(() =>
  import("@/lib/signup/schemas").then((m) => m.passwordResetRequestSchema),
);

type Values = z.input<typeof passwordResetRequestSchema>;

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const form = useForm<Values>({
    resolver,
    defaultValues: { email: "" },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await whileSaving(requestPasswordResetAction(values));
    if (applyActionResult(result, form.setError, ["email"])) setSent(true);
  });
  if (sent) {
    return (
      <p role="status" className="text-sm">
        If an account uses this email, a link to choose a new password is on its way. It works for one hour.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={saving} className="space-y-4">
        <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
        <SubmitButton className="w-full" disabled={form.formState.isSubmitting}>
          Email me a reset link
        </SubmitButton>
      </fieldset>
    </form>
  );
}
