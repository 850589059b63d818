"use client";

import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import { useMarkdownPreview } from "./use-markdown-preview";

/** Markdown source beside its live preview, rendered exactly as customers will see it. */
export function MarkdownField<F extends FieldValues>({
  form,
  name,
  label,
  initialHtml,
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  label: string;
  /** The field's default value rendered on the server (lib/catalog/render-markdown.ts). */
  initialHtml: string;
}) {
  const source = (useWatch({ control: form.control, name }) as string | undefined) ?? "";
  const html = useMarkdownPreview(source, initialHtml);
  const error = form.formState.errors[name]?.message;
  const id = `field-${name}`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field
        id={id}
        label={label}
        error={typeof error === "string" ? error : undefined}
        hint="Markdown. HTML is shown as text."
      >
        <textarea id={id} rows={12} className={`${inputClass} font-mono`} {...form.register(name)} />
      </Field>
      <section
        aria-label="Preview"
        className="rounded-md border border-dashed border-zinc-300 p-4 dark:border-zinc-700"
      >
        <p className="mb-2 text-xs font-semibold uppercase text-zinc-500">Preview</p>
        <div className="markdown" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    </div>
  );
}
