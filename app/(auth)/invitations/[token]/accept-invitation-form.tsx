"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/members/schemas";
import { acceptInvitationAction } from "./actions";

/** Signed-in invitees just accept; newcomers choose their name and password first. */
export function AcceptInvitationForm({ token, newcomer }: { token: string; newcomer: boolean }) {
  const [accepted, setAccepted] = useState<{ newAccount: boolean }>();
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: newcomer ? { token, name: "", password: "" } : { token },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = applyActionResult(await acceptInvitationAction(values), form.setError, [
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
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
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
        <Button type="submit" className="w-full">
          Accept invitation
        </Button>
      </fieldset>
    </form>
  );
}
