"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { changeOrganizationStatusAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { OrganizationView } from "@/lib/organizations/schemas";
import { statusChangeSchema, type StatusChangeInput } from "@/lib/organizations/schemas";

const labels = { active: "Reactivate", suspended: "Suspend", closed: "Close" } as const;

/** Suspend, reactivate or close, with the reason the audit log and the organization will show. */
export function StatusForm({ organization }: { organization: OrganizationView }) {
  const router = useRouter();
  const choices = (["active", "suspended", "closed"] as const).filter(
    (s) => s !== organization.organizationStatus,
  );
  const form = useForm<StatusChangeInput>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { status: choices[0], reason: "", changeSequence: organization.changeSequence },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changeOrganizationStatusAction({ ...values, organizationId: organization.id });
    if (applyActionResult(result, form.setError, ["status", "reason"])) {
      toast.success(`${labels[values.status]}d ${organization.name}`);
      router.refresh();
    }
  });
  if (organization.organizationStatus === "closed")
    return <p className="text-sm text-zinc-500">Closed: {organization.statusReason}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">Change status</span>
        <select className={inputClass} {...form.register("status")}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {labels[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="min-w-64 flex-1">
        <Field id="status-reason" label="Reason" error={errors.reason?.message}>
          <input
            id="status-reason"
            className={inputClass}
            aria-invalid={!!errors.reason}
            {...form.register("reason")}
          />
        </Field>
      </div>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        Apply
      </Button>
    </form>
  );
}
