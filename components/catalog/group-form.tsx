"use client";

import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { saveProductGroupAction } from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { useFocusFirstField } from "@/components/forms/use-inline-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ProductGroupInput, ProductGroupView } from "@/lib/catalog/schemas";

const resolver = lazyZodResolver(() =>
  import("@/lib/catalog/schemas").then((m) => m.productGroupFieldsSchema),
);

/** Creates or edits a product group in place (groups-panel.tsx). */
export function GroupForm({ group, onDone }: { group?: ProductGroupView; onDone: () => void }) {
  const formRef = useFocusFirstField<HTMLFormElement>();
  const form = useForm<ProductGroupInput>({
    resolver,
    defaultValues: group ?? { name: "", description: "", overviewMarkdown: "", order: 0, active: true },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveProductGroupAction({
      ...values,
      groupId: group?.id,
      changeSequence: group?.changeSequence,
    });
    if (applyActionResult(result, form.setError, ["name", "description", "order"])) {
      toast.success(`${values.name} saved`);
      onDone();
    }
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={group ? `Edit ${group.name}` : "New product group"}
      className="grid gap-3 rounded-lg border border-zinc-200 p-4 md:grid-cols-4 dark:border-zinc-800"
    >
      <TextField form={form} name="name" label="Group name" />
      <TextField form={form} name="description" label="Group description" />
      <TextField form={form} name="order" label="Order" type="number" options={requiredNumber} />
      <CheckboxField form={form} name="active" label="Active" />
      <div className="flex gap-2">
        <SubmitButton disabled={form.formState.isSubmitting}>Save group</SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
