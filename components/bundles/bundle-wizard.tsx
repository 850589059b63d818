"use client";

import { useRouter } from "next/navigation";
import { useForm, type UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { createBundleAction } from "@/app/(app)/portal/bundles/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { createBundleSchema } from "@/lib/bundles/bundle-schemas";
import { businessCaseKeys, businessCaseLabels } from "./business-case-labels";
import { PlanPicker } from "./plan-picker";
import type { WizardContact, WizardProduct } from "./wizard-types";

// The wizard asks for at least one plan: a request without one cannot be sent.
const resolver = lazyZodResolver(
  () =>
    import("@/lib/bundles/bundle-schemas").then((m) =>
      m.createBundleSchema.refine((v) => (v.planIds ?? []).length > 0, {
        path: ["planIds"],
        message: "choose at least one plan",
      }),
    ),
  { raw: true },
);
type WizardInput = z.input<typeof createBundleSchema>;
const fieldNames = ["name", "description", "planIds", "contactId"].concat(
  businessCaseKeys.map((_, i) => `businessCases.${i}.text`),
);

/**
 * Drafts a bundle request to one provider: a name, the plans wanted, why (the three business
 * cases), and who to talk to — the organization's default contact unless another is picked.
 * The draft opens on its own page, where it is sent.
 */
export function BundleWizard({
  providerId,
  products,
  contacts,
  planIds,
}: {
  providerId: string;
  products: WizardProduct[];
  contacts: WizardContact[];
  planIds: string[];
}) {
  const router = useRouter();
  const form = useForm<WizardInput>({
    resolver,
    defaultValues: {
      name: "",
      description: "",
      providerOrganizationId: providerId,
      planIds,
      contactId: contacts.find((c) => c.isDefault)?.id,
      businessCases: businessCaseKeys.map((businessCaseKey) => ({ businessCaseKey, text: "" })),
    },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const businessCases = (values.businessCases ?? []).filter((c) => c.text.trim());
    const result = await whileSaving(createBundleAction({ ...values, businessCases }));
    const created = applyActionResult(result, form.setError, fieldNames);
    if (!created) return;
    toast.success("Draft saved: check it and send the request");
    router.push(`/portal/bundles/${created.id}`);
  });
  const error = (name: string) => {
    const message = name
      .split(".")
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], form.formState.errors);
    return typeof (message as { message?: unknown })?.message === "string"
      ? (message as { message: string }).message
      : undefined;
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New request" className="space-y-6">
      <fieldset disabled={saving} className="space-y-6">
        <TextField form={form} name="name" label="Request name" />
        <TextField form={form} name="description" label="Short description (optional)" />
        <PlanPicker form={form as unknown as UseFormReturn<{ planIds: string[] }>} products={products} />
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">Business cases</legend>
          {businessCaseKeys.map((key, i) => (
            <Field
              key={key}
              id={`case-${key}`}
              label={businessCaseLabels[key].label}
              hint={businessCaseLabels[key].hint}
              error={error(`businessCases.${i}.text`)}
            >
              <textarea
                id={`case-${key}`}
                rows={3}
                className={inputClass}
                {...form.register(`businessCases.${i}.text`)}
              />
            </Field>
          ))}
        </fieldset>
        <Field id="field-contactId" label="Contact" error={error("contactId")}>
          <select
            id="field-contactId"
            className={inputClass}
            {...form.register("contactId", { setValueAs: (v: string) => v || undefined })}
          >
            <option value="">Our default contact</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email}){c.isDefault ? " · default" : ""}
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton disabled={form.formState.isSubmitting}>Save draft</SubmitButton>
      </fieldset>
    </form>
  );
}
