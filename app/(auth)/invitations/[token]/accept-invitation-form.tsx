"use client";

import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import type { AcceptInvitationInput } from "@/lib/members/schemas";
import { acceptInvitationAction } from "./actions";

const resolver = lazyZodResolver(() => import("@/lib/members/schemas").then((m) => m.acceptInvitationSchema));

/** Signed-in invitees just accept; newcomers choose their name and password first. */
export function AcceptInvitationForm({ token, newcomer }: { token: string; newcomer: boolean }) {
  const [accepted, setAccepted] = useState<{ newAccount: boolean }>();
  const form = useForm<AcceptInvitationInput>({
    resolver,
    defaultValues: newcomer ? { token, name: "", password: "" } : { token },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const result = applyActionResult(await whileSaving(acceptInvitationAction(values)), form.setError, [
      "name",
      "password",
    ]);
    if (result) setAccepted(result);
  });

  if (accepted) {
    return (
      <p role="status" className="text-sm">
        You have joined.{" "}
        <Link
          href={accepted.newAccount ? "/sign-in" : "/dashboard"}
          className="font-medium text-brand-600 hover:underline"
        >
          {accepted.newAccount ? "Sign in to start" : "Go to the dashboard"}
        </Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={saving} className="space-y-4">
        {newcomer && (
          <>
            <TextField form={form} name="name" label="Your name" autoComplete="name" />
            <TextField
              form={form}
              name="password"
              label="Choose a password"
              type="password"
              autoComplete="new-password"
            />
          </>
        )}
        <SubmitButton className="w-full" disabled={form.formState.isSubmitting}>
          Accept invitation
        </SubmitButton>
      </fieldset>
    </form>
  );
}
