"use client";

import { useRef, useState, type FormEvent } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SignInInput } from "@/lib/users/schemas";
import { signInAction } from "./actions";

type FieldErrors = Partial<Record<keyof SignInInput, string>>;

/**
 * The first page most people open, so it carries no form library: two fields need none. The
 * shared schema (and zod with it) loads with the first submit, and checks the input before it
 * is sent; after a failed check, each change checks again, as the app's other forms do.
 */
async function check(values: SignInInput): Promise<FieldErrors> {
  const { signInSchema } = await import("@/lib/users/schemas");
  const parsed = signInSchema.safeParse(values);
  const errors: FieldErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const name = issue.path[0] as keyof SignInInput;
    errors[name] ??= issue.message;
  }
  return errors;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>();
  const [pending, setPending] = useState(false);

  const values = (): SignInInput => {
    const data = new FormData(form.current!);
    const text = (name: keyof SignInInput) => (data.get(name) as string | null) ?? "";
    return { email: text("email"), password: text("password") };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Read before the fieldset disables the fields: a disabled field is left out of FormData.
    const input = values();
    setError(undefined);
    setPending(true);
    try {
      const found = await check(input);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) {
        form.current!.querySelector<HTMLInputElement>(`#${first}`)?.focus();
        return;
      }
      // On success the action redirects, and the page goes with the form.
      const result = await signInAction(input, callbackUrl);
      if (result?.error) setError(result.error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      onChange={() => errors && void check(values()).then(setErrors)}
      noValidate
      className="space-y-4"
    >
      <fieldset disabled={pending} className="space-y-4">
        <Field id="email" label="Email" error={errors?.email}>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            autoFocus
            aria-invalid={!!errors?.email}
            aria-describedby={errors?.email ? "email-error" : undefined}
          />
        </Field>
        <Field id="password" label="Password" error={errors?.password}>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!errors?.password}
            aria-describedby={errors?.password ? "password-error" : undefined}
          />
        </Field>
        {error && (
          <p
            role="alert"
            className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
          >
            {error}
          </p>
        )}
        <SubmitButton className="w-full">{pending ? "Signing in…" : "Sign in"}</SubmitButton>
      </fieldset>
    </form>
  );
}
