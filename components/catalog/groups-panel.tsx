"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { saveProductGroupAction } from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { useFocusFirstField, useInlineForm } from "@/components/forms/use-inline-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ProductGroupInput, ProductGroupView } from "@/lib/catalog/schemas";

const resolver = lazyZodResolver(() =>
  import("@/lib/catalog/schemas").then((m) => m.productGroupFieldsSchema),
);

function GroupForm({ group, onDone }: { group?: ProductGroupView; onDone: () => void }) {
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
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save group
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Product groups in catalog order; the order field sets where each appears. */
export function GroupsPanel({ groups }: { groups: ProductGroupView[] }) {
  const router = useRouter();
  const { editing, open, close, opener } = useInlineForm(); // a group id, or "new"
  const done = () => {
    close();
    router.refresh();
  };
  return (
    <div className="space-y-3">
      {groups.map((group) =>
        editing === group.id ? (
          <GroupForm key={group.id} group={group} onDone={done} />
        ) : (
          <div
            key={group.id}
            className="flex items-center justify-between rounded-lg border border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
          >
            <span>
              <span className="mr-2 font-mono text-xs text-zinc-500">#{group.order}</span>
              <span className="font-medium">{group.name}</span>{" "}
              {group.description && `· ${group.description}`} {!group.active && <Badge>inactive</Badge>}
            </span>
            <Button variant="secondary" ref={opener(group.id)} onClick={() => open(group.id)}>
              Edit
            </Button>
          </div>
        ),
      )}
      {editing === "new" ? (
        <GroupForm onDone={done} />
      ) : (
        <Button variant="secondary" ref={opener("new")} onClick={() => open("new")}>
          New product group
        </Button>
      )}
    </div>
  );
}
