"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type FieldErrors } from "react-hook-form";
import { toast } from "sonner";
import { createOrganizationAction, updateOrganizationAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { StaleBanner } from "@/components/forms/stale-banner";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { CreateOrganizationInput, OrganizationView } from "@/lib/organizations/schemas";
import { SettingsMapEditor } from "./settings-map-editor";

const resolver = lazyZodResolver(() =>
  import("@/lib/organizations/schemas").then((m) => m.createOrganizationSchema),
);

const fieldNames = [
  "name",
  "slug",
  "description",
  "provider",
  "enterpriseOrganization",
  "publicAccess",
  "supportAccess",
  "supportAccessExpiresAt",
  "defaultToPrivateTemplates",
  "features",
  "properties",
  "stripeCustomerId",
  "authGroupLink.authGroup",
] as const;

/** The form edits the organization's fields; `changeSequence` is the version it was loaded at. */
type Values = CreateOrganizationInput;

/**
 * A value this person may not change, shown as text. Not a disabled input: a disabled field
 * would drop out of the submitted values and read as a change.
 */
function Fact({ label, value }: { label: string; value: string }) {
  return (
    <p className="text-sm">
      <span className="font-medium">{label}:</span> {value}
    </p>
  );
}

/** The first error of a nested field (e.g. `features.some-key`) for a whole-map editor. */
function mapError(errors: FieldErrors<Values>, name: "features" | "properties"): string | undefined {
  const error = errors[name] as { message?: string } | Record<string, { message?: string }> | undefined;
  if (!error) return undefined;
  if (typeof error.message === "string") return error.message;
  return Object.values(error as Record<string, { message?: string }>).find((e) => e?.message)?.message;
}

const toFormValues = ({ changeSequence: _version, ...o }: OrganizationView): Values => ({
  ...o,
  supportAccessExpiresAt: o.supportAccessExpiresAt?.slice(0, 16) ?? "",
  stripeCustomerId: o.stripeCustomerId ?? "",
  authGroupLink: { authGroup: o.authGroupLink.authGroup ?? "" },
});

const blank: Values = {
  name: "",
  slug: "",
  description: "",
  provider: false,
  enterpriseOrganization: false,
  publicAccess: false,
  supportAccess: false,
  supportAccessExpiresAt: "",
  defaultToPrivateTemplates: false,
  features: {},
  properties: {},
  stripeCustomerId: "",
  authGroupLink: { authGroup: "" },
};

/**
 * Creates an organization, or edits one (`organization` given). Validation is the API's own
 * schema; a stale `changeSequence` shows who-changed-it-first instead of overwriting.
 */
export function OrganizationForm({
  organization,
  canSetProvider,
  canGrantSupport,
  showInternalFields,
  openAfterSave = false,
}: {
  organization?: OrganizationView;
  canSetProvider: boolean;
  canGrantSupport: boolean;
  /** Billing customer id, auth group, features, properties, private templates: platform admins only. */
  showInternalFields: boolean;
  /** Go to the saved organization's page (after creating, or editing from the admin pages). */
  openAfterSave?: boolean;
}) {
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const editing = !!organization;
  const form = useForm<Values>({
    resolver,
    defaultValues: organization ? toFormValues(organization) : blank,
  });
  const { saving, whileSaving } = useSaving();
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setStale(false);
    const result = await whileSaving(
      editing
        ? updateOrganizationAction({
            ...values,
            slug: values.slug ?? "",
            changeSequence: organization.changeSequence,
            organizationId: organization.id,
          })
        : createOrganizationAction(values),
    );
    if (result.status === "error" && result.code === "stale_change_sequence") return setStale(true);
    if (result.status === "invalid" && result.fieldErrors.changeSequence) return setStale(true);
    const saved = applyActionResult(result, form.setError, fieldNames);
    if (!saved) return;
    toast.success(editing ? "Saved" : `${saved.name} created`);
    if (openAfterSave) router.push(`/organizations/${saved.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {stale && <StaleBanner what="organization" />}
      <fieldset disabled={saving} className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          <TextField form={form} name="name" label="Name" />
          <TextField
            form={form}
            name="slug"
            label="Slug"
            hint={editing ? undefined : "Leave empty to derive it from the name."}
          />
          <Field id="field-description" label="Description" error={errors.description?.message}>
            <textarea
              id="field-description"
              rows={3}
              className={inputClass}
              aria-invalid={!!errors.description}
              {...form.register("description")}
            />
          </Field>
          {showInternalFields && (
            <>
              <TextField
                form={form}
                name="stripeCustomerId"
                label="Billing customer id"
                hint="The organization's id in the billing system."
              />
              <TextField form={form} name="authGroupLink.authGroup" label="Auth group" />
            </>
          )}
        </div>
        <div className="space-y-4">
          {canSetProvider ? (
            <CheckboxField
              form={form}
              name="provider"
              label="Provider"
              hint="Publishes products and bundles and approves requests."
            />
          ) : (
            <Fact
              label="Provider"
              value={
                form.getValues("provider") ? "Yes (set by platform admins)" : "No (set by platform admins)"
              }
            />
          )}
          <CheckboxField form={form} name="enterpriseOrganization" label="Enterprise organization" />
          <CheckboxField
            form={form}
            name="publicAccess"
            label="Public access"
            hint="Its public catalog and logo are visible to anyone."
          />
          {showInternalFields && (
            <CheckboxField
              form={form}
              name="defaultToPrivateTemplates"
              label="Default to private templates"
            />
          )}
          {canGrantSupport ? (
            <>
              <CheckboxField
                form={form}
                name="supportAccess"
                label="Grant support access"
                hint="Lets platform support open this organization's data until the date below. Every access is audited."
              />
              <TextField
                form={form}
                name="supportAccessExpiresAt"
                label="Support access until (UTC)"
                type="datetime-local"
              />
            </>
          ) : (
            <Fact
              label="Support access"
              value={
                form.getValues("supportAccess")
                  ? "Granted by the organization"
                  : "Not granted (only the organization can grant it)"
              }
            />
          )}
        </div>
        {showInternalFields && (
          <>
            <Controller
              control={form.control}
              name="features"
              render={({ field }) => (
                <SettingsMapEditor
                  label="Features"
                  value={field.value ?? {}}
                  onChange={field.onChange}
                  error={mapError(errors, "features")}
                />
              )}
            />
            <Controller
              control={form.control}
              name="properties"
              render={({ field }) => (
                <SettingsMapEditor
                  label="Properties"
                  value={field.value ?? {}}
                  onChange={field.onChange}
                  error={mapError(errors, "properties")}
                />
              )}
            />
          </>
        )}
      </fieldset>
      <SubmitButton disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : editing ? "Save changes" : "Create organization"}
      </SubmitButton>
    </form>
  );
}
