"use client";

import type { InputHTMLAttributes } from "react";
import type { FieldValues, Path, RegisterOptions, UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * TextField for pages with several forms at once: the id is scoped to the form (`scope`), so
 * two forms' "Reason" fields never share an id and each label names its own input.
 */
export function ScopedField<F extends FieldValues>({
  scope,
  form,
  name,
  label,
  hint,
  options,
  ...props
}: {
  scope: string;
  form: UseFormReturn<F>;
  name: Path<F>;
  label: string;
  hint?: string;
  options?: RegisterOptions<F, Path<F>>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "form" | "name">) {
  const id = `${scope}-${name}`;
  const error = form.formState.errors[name]?.message;
  const message = typeof error === "string" ? error : undefined;
  return (
    <Field id={id} label={label} error={message} hint={hint}>
      <Input
        id={id}
        aria-invalid={!!message}
        aria-describedby={message ? `${id}-error` : undefined}
        {...props}
        {...form.register(name, options)}
      />
    </Field>
  );
}

/** A select's "none" and an empty date are "not given", not an invalid id or date. */
export const emptyIsAbsent = { setValueAs: (value: unknown) => (value === "" ? undefined : value) };
