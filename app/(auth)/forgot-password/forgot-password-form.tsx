"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { passwordResetRequestSchema } from "@/lib/signup/schemas";
import { requestPasswordResetAction } from "./actions";

type Values = z.input<typeof passwordResetRequestSchema>;

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(passwordResetRequestSchema),
    defaultValues: { email: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    if (applyActionResult(await requestPasswordResetAction(values), form.setError, ["email"])) setSent(true);
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
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
        <Button type="submit" className="w-full">
          Email me a reset link
        </Button>
      </fieldset>
    </form>
  );
}
