"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

/**
 * "Now" or "on a date" for a start or an effective date. The date input exists only while "on a
 * date" is chosen, so a form built with `shouldUnregister` sends no date for "now" — which the
 * domain reads as now.
 */
export function WhenField<F extends FieldValues>({
  form,
  name,
  legend,
  nowLabel,
  dateLabel,
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  legend: string;
  nowLabel: string;
  dateLabel: string;
}) {
  const [when, setWhen] = useState<"now" | "date">("now");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${name}-when`}
            checked={when === "now"}
            onChange={() => setWhen("now")}
          />
          {nowLabel}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${name}-when`}
            checked={when === "date"}
            onChange={() => setWhen("date")}
          />
          {dateLabel}
        </label>
      </div>
      {when === "date" && <TextField form={form} name={name} label={`${dateLabel} (UTC)`} type="date" />}
    </fieldset>
  );
}
