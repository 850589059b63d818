"use client";

import type { InputHTMLAttributes } from "react";
import type { FieldValues, Path, RegisterOptions, UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A registered input with its label and error, wired for screen readers. */
export function TextField<F extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
  ...props
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  label: string;
  hint?: string;
  /** e.g. `{ setValueAs }` for number fields, whose inputs always hold text. */
  options?: RegisterOptions<F, Path<F>>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "form" | "name">) {
  const id = `field-${name}`;
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
