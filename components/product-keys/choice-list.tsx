"use client";

import { useController, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";

/**
 * Several ids chosen by checkbox, kept as an array in the form (react-hook-form's own checkbox
 * groups answer a string when there is only one box). A fieldset, so the legend names the group.
 */
export function ChoiceList<F extends FieldValues>({
  form,
  name,
  legend,
  choices,
  empty,
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  legend: string;
  choices: { id: string; name: string }[];
  empty: string;
}) {
  const { field, fieldState } = useController({ control: form.control, name });
  const chosen: string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (id: string, on: boolean) =>
    field.onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  const errorId = `field-${name}-error`;
  return (
    <fieldset aria-describedby={fieldState.error ? errorId : undefined} className="space-y-1">
      <legend className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{legend}</legend>
      {choices.length === 0 && <p className="text-xs text-zinc-500">{empty}</p>}
      {choices.map((choice) => (
        <label key={choice.id} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={chosen.includes(choice.id)}
            onChange={(event) => toggle(choice.id, event.target.checked)}
            onBlur={field.onBlur}
          />
          {choice.name}
        </label>
      ))}
      {fieldState.error && (
        <p id={errorId} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {fieldState.error.message}
        </p>
      )}
    </fieldset>
  );
}
