"use client";

import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import type { PasswordResetInput } from "@/lib/signup/schemas";
import { resetPasswordAction } from "../forgot-password/actions";

const resolver = lazyZodResolver(() => import("@/lib/signup/schemas").then((m) => m.passwordResetSchema));

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const form = useForm<PasswordResetInput>({
    resolver,
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await whileSaving(resetPasswordAction(values));
    if (applyActionResult(result, form.setError, ["password", "confirmPassword"])) setDone(true);
  });
  if (done) {
    return (
      <p role="status" className="text-sm">
        Your password is changed.{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={saving} className="space-y-4">
        <TextField
          form={form}
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
        />
        <TextField
          form={form}
          name="confirmPassword"
          label="Repeat it"
          type="password"
          autoComplete="new-password"
        />
        <SubmitButton className="w-full" disabled={form.formState.isSubmitting}>
          Set new password
        </SubmitButton>
      </fieldset>
    </form>
  );
}
