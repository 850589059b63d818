"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { toast } from "sonner";
import { recordManualExchangeAction } from "@/app/(app)/approvals/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { manualExchangeSchema } from "@/lib/bundles/bundle-schemas";

const resolver = lazyZodResolver(
  () => import("@/lib/bundles/bundle-schemas").then((m) => m.manualExchangeSchema),
  { raw: true },
);

type ExchangeInput = z.input<typeof manualExchangeSchema>;

/** The approver records how access was handed over (MANUAL_EXCHANGE); the access goes active. */
export function ManualExchangeForm({ bundleId, accessId }: { bundleId: string; accessId: string }) {
  const router = useRouter();
  const form = useForm<ExchangeInput>({
    resolver,
    defaultValues: { accessId, note: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await recordManualExchangeAction({ bundleId, ...values });
    if (!applyActionResult(result, form.setError, ["note"])) return;
    toast.success("Hand-off recorded");
    router.refresh();
  });
  const id = `exchange-${accessId}`;
  const error = form.formState.errors.note?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record the hand-off" className="space-y-2">
      <Field id={id} label="How access was handed over" error={error}>
        <textarea id={id} rows={2} className={inputClass} aria-invalid={!!error} {...form.register("note")} />
      </Field>
      <SubmitButton variant="secondary" disabled={form.formState.isSubmitting}>
        Record hand-off
      </SubmitButton>
    </form>
  );
}
