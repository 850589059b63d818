"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { changeOrganizationStatusAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { OrganizationView } from "@/lib/organizations/schemas";
import type { StatusChangeInput } from "@/lib/organizations/schemas";

const resolver = lazyZodResolver(() =>
  import("@/lib/organizations/schemas").then((m) => m.statusChangeSchema),
);

type Status = StatusChangeInput["status"];

/** The verb, its past tense for the toast, and what the change does, said before it is made. */
const changes: Record<Status, { verb: string; done: string; consequence: string }> = {
  active: {
    verb: "Reactivate",
    done: "Reactivated",
    consequence: "Its members and API keys can change things in it again.",
  },
  suspended: {
    verb: "Suspend",
    done: "Suspended",
    consequence:
      "Its members can still sign in and look, but nothing in it can change — by its people, its API keys or you — until it is reactivated.",
  },
  closed: {
    verb: "Close",
    done: "Closed",
    consequence:
      "Closing is final: its API keys stop working and nothing in it can change again. Its records are kept.",
  },
};

/**
 * Suspend, reactivate or close, with the reason the audit log and the organization will show.
 * Apply checks the fields, then a dialog says what the change will do before it is made.
 */
export function StatusForm({ organization }: { organization: OrganizationView }) {
  const router = useRouter();
  const [asking, setAsking] = useState<StatusChangeInput>();
  const choices = (["active", "suspended", "closed"] as const).filter(
    (s) => s !== organization.organizationStatus,
  );
  const form = useForm<StatusChangeInput>({
    resolver,
    defaultValues: { status: choices[0], reason: "", changeSequence: organization.changeSequence },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit((values) => setAsking(values));

  async function apply(values: StatusChangeInput) {
    const result = await changeOrganizationStatusAction({ ...values, organizationId: organization.id });
    // A field error closes the dialog so that it shows at its field; anything else is a toast.
    if (applyActionResult(result, form.setError, ["status", "reason"])) {
      toast.success(`${changes[values.status].done} ${organization.name}`);
      router.refresh();
    }
  }

  if (organization.organizationStatus === "closed")
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Closed: {organization.statusReason}</p>;
  const change = asking && changes[asking.status];
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="text-sm">
        <label htmlFor="status-choice" className="block font-medium">
          Change status
        </label>
        <select id="status-choice" className={inputClass} {...form.register("status")}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {changes[s].verb}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-64 flex-1">
        <Field id="status-reason" label="Reason" error={errors.reason?.message}>
          <input
            id="status-reason"
            className={inputClass}
            aria-invalid={!!errors.reason}
            aria-describedby={errors.reason ? "status-reason-error" : undefined}
            {...form.register("reason")}
          />
        </Field>
      </div>
      <SubmitButton variant="danger" disabled={isSubmitting}>
        Apply
      </SubmitButton>
      {asking && change && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAsking(undefined)}
          title={`${change.verb} ${organization.name}?`}
          description={
            <>
              {change.consequence} The reason shown to its people and in the audit log: “{asking.reason}”.
            </>
          }
          confirmLabel={change.verb}
          tone={asking.status === "active" ? "primary" : "danger"}
          onConfirm={() => apply(asking)}
        />
      )}
    </form>
  );
}
