"use client";

import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ApiKeyFormInput, CreatedApiKey } from "@/lib/api-keys/schemas";
import type { ActionResult } from "@/lib/actions/action";

const resolver = lazyZodResolver(() => import("@/lib/api-keys/schemas").then((m) => m.apiKeyFormSchema));

type FormValues = ApiKeyFormInput;

export function CreateApiKeyForm({
  create,
  onCreated,
}: {
  create: (input: FormValues) => Promise<ActionResult<CreatedApiKey>>;
  onCreated: (key: CreatedApiKey) => void;
}) {
  const form = useForm<FormValues>({ resolver, defaultValues: { name: "" } });
  const { saving, whileSaving } = useSaving();
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const created = applyActionResult(await whileSaving(create(values)), form.setError, ["name"]);
    if (created) {
      form.reset();
      onCreated(created);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <fieldset disabled={saving} className="flex flex-1 flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field
            id="api-key-name"
            label="Key name"
            error={errors.name?.message}
            hint="What uses this key, e.g. “Billing sync”."
          >
            <Input
              id="api-key-name"
              aria-invalid={!!errors.name}
              aria-describedby={errors.name ? "api-key-name-error" : undefined}
              {...form.register("name")}
            />
          </Field>
        </div>
        <SubmitButton disabled={isSubmitting}>{isSubmitting ? "Creating…" : "Create key"}</SubmitButton>
      </fieldset>
    </form>
  );
}
