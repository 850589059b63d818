"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export function CheckboxField<F extends FieldValues>({
  form,
  name,
  label,
  hint,
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  label: string;
  hint?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"

        className="mt-1 h-4 w-4 accent-brand-600"
        {...form.register(name)}
      />
      <label htmlFor={id} className="text-sm">
        <span className="font-medium">{label}</span>
        {hint && <span className="block text-xs text-zinc-500">{hint}</span>}
      </label>
    </div>
  );
}
