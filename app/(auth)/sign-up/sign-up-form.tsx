"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import type { SignUpInput } from "@/lib/signup/schemas";
import { signUpAction } from "./actions";

const resolver = lazyZodResolver(() => import("@/lib/signup/schemas").then((m) => m.signUpSchema));

const fields = ["name", "email", "password", "organizationName"] as const;

export function SignUpForm() {
  const [sent, setSent] = useState<string>();
  const form = useForm<SignUpInput>({
    resolver,
    defaultValues: { name: "", email: "", password: "", organizationName: "" },
  });
  const { saving, whileSaving } = useSaving();

  const onSubmit = form.handleSubmit(async (values) => {
    const result = applyActionResult(await whileSaving(signUpAction(values)), form.setError, fields);
    if (result) setSent(result.detail);
  });

  if (sent) {
    return (
      <div role="status" className="space-y-2 text-sm">
        <p className="font-medium">Check your email.</p>
        <p className="text-zinc-600 dark:text-zinc-400">{sent}</p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={saving} className="space-y-4">
        <TextField form={form} name="name" label="Your name" autoComplete="name" />
        <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
        <TextField
          form={form}
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. A few words make a strong, memorable password."
        />
        <TextField
          form={form}
          name="organizationName"
          label="Organization name"
          autoComplete="organization"
        />
        <SubmitButton className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Creating your account…" : "Create account"}
        </SubmitButton>
      </fieldset>
    </form>
  );
}
