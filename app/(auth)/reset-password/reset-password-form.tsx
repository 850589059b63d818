"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { passwordResetSchema, type PasswordResetInput } from "@/lib/signup/schemas";
import { resetPasswordAction } from "../forgot-password/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const form = useForm<PasswordResetInput>({
    resolver: zodResolver(passwordResetSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    if (applyActionResult(await resetPasswordAction(values), form.setError, ["password", "confirmPassword"]))
      setDone(true);
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
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
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
        <Button type="submit" className="w-full">
          Set new password
        </Button>
      </fieldset>
    </form>
  );
}
