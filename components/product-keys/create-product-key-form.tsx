"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { createProductKeyAction } from "@/app/(app)/product-keys/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { createProductKeyFieldNames } from "@/lib/product-keys/product-key-field-names";
import type { CreateProductKeyInput } from "@/lib/product-keys/product-key-schemas";
import { SubscriberField } from "@/components/subscriptions/subscriber-field";
import { ChoiceList } from "./choice-list";
import { dayAsMillis, listOfText, optionalNumber } from "./form-values";
import { SecretReveal } from "./secret-reveal";

type Choice = { id: string; name: string };
export interface CreateKeyChoices {
  products: Choice[];
  slaDefinitions: Choice[];
  pricingRules: Choice[];
}

const resolver = lazyZodResolver(
  () => import("@/lib/product-keys/product-key-schemas").then((m) => m.createProductKeySchema),
  { raw: true },
);
/** An empty box is not sent, so the schema's default (or "absent") applies. */
const blank = { setValueAs: (v: unknown) => (v === "" ? undefined : v) };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 border-t border-zinc-200 pt-4 sm:grid-cols-2 dark:border-zinc-800">
      <legend className="pr-2 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Issues a product key with every field of Revenium's create request, in the payload's own
 * groups. The new key is shown once, here, with a copy button; only its hash is kept.
 */
export function CreateProductKeyForm({ choices }: { choices: CreateKeyChoices }) {
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  const form = useForm<CreateProductKeyInput>({
    resolver,
    defaultValues: { productIds: [], slaDefinitionIds: [], pricingRuleIds: [], valid: true },
  });
  const { saving, whileSaving } = useSaving();
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = applyActionResult(
      await whileSaving(createProductKeyAction(values)),
      form.setError,
      createProductKeyFieldNames,
    );
    if (result) setCreated(result);
  });

  if (created) {
    return (
      <SecretReveal secret={created.key}>
        <Link
          href={`/product-keys/${created.id}`}
          className="text-sm font-medium text-brand-600 hover:underline"
        >
          Open the key →
        </Link>
      </SecretReveal>
    );
  }
  const text = (name: keyof CreateProductKeyInput, label: string, hint?: string, type = "text") => (
    <TextField
      form={form}
      name={name}
      label={label}
      hint={hint}
      type={type}
      options={type === "date" ? dayAsMillis : blank}
    />
  );
  const list = (name: keyof CreateProductKeyInput, label: string, hint: string) => (
    <TextField form={form} name={name} label={label} hint={hint} options={listOfText} />
  );
  const check = (name: keyof CreateProductKeyInput, label: string, hint?: string) => (
    <CheckboxField form={form} name={name} label={label} hint={hint} />
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New product key" className="grid max-w-3xl gap-8">
      <fieldset disabled={saving} className="contents">
        <Section title="Organization and products">
          <SubscriberField form={form} name="organizationId" label="Owner organization" />
          <ChoiceList
            form={form}
            name="productIds"
            legend="Products"
            choices={choices.products}
            empty="No products to offer."
          />
          {text(
            "subscriptionId",
            "Subscription id",
            "Optional: the subscription the key gives access under.",
          )}
        </Section>
        <Section title="Owner">
          {text("email", "Owner email", "Without an account, one is created and invited.", "email")}
          {text("firstName", "First name")}
          {text("lastName", "Last name")}
          {text("company", "Company")}
        </Section>
        <Section title="Key">
          {text("description", "Description")}
          {list("tags", "Tags", "Comma-separated.")}
          {text("startDate", "Valid from", "Empty: at once.", "date")}
          {text("expiration", "Expires on", "Empty: never.", "date")}
          {text("key", "Key", "Empty: generated (recommended). Or a well-formed sdpk_ key.")}
          {check("valid", "Valid", "Switched off, every verify is refused.")}
        </Section>
        <Section title="Quota">
          <TextField
            form={form}
            name="quota"
            label="Quota"
            type="number"
            min={0}
            options={optionalNumber}
            hint="Empty: unlimited."
          />
          <TextField
            form={form}
            name="consumedQuota"
            label="Consumed quota"
            type="number"
            min={0}
            options={optionalNumber}
            hint="Already used, e.g. when moving a key."
          />
          <TextField
            form={form}
            name="quotaNotificationThreshold"
            label="Notify at (% of quota)"
            type="number"
            min={0}
            max={100}
            step="any"
            options={optionalNumber}
          />
        </Section>
        <Section title="Commercial terms">
          <ChoiceList
            form={form}
            name="slaDefinitionIds"
            legend="SLA definitions"
            choices={choices.slaDefinitions}
            empty="The provider has no SLA definitions."
          />
          <ChoiceList
            form={form}
            name="pricingRuleIds"
            legend="Pricing rules"
            choices={choices.pricingRules}
            empty="The provider has no pricing rules."
          />
          {text("externalQuoteId", "External quote id")}
          {check("allowMidPeriodCancellation", "Allow mid-period cancellation", "With proration.")}
          {check("disableOnPaymentFailure", "Disable on payment failure")}
          {check("notifyBeforeTrialExpiry", "Notify before the trial ends")}
        </Section>
        <Section title="Applications and consumers">
          {list("applications", "Applications", "Application ids, comma-separated.")}
          {text("externalApplicationId", "External application id")}
          {text("consumerDataProviderConfigurationId", "Consumer data provider configuration id")}
          {list("namedConsumers", "Named consumers", "Emails of the users allowed, comma-separated.")}
          {list("namedOrganizations", "Named organizations", "Organization ids allowed, comma-separated.")}
        </Section>
        <Section title="Notifications">
          {check("notifyCreatorOnCreation", "Notify the creator on creation")}
          {list("notificationAddressesOnCreation", "Also notify on creation", "Emails, comma-separated.")}
          {check("notifyOwnerOnQuotaThreshold", "Notify the owner at the quota threshold")}
          {list(
            "notificationAddressesOnQuotaThreshold",
            "Also notify at the threshold",
            "Emails, comma-separated.",
          )}
        </Section>
        <div>
          <SubmitButton disabled={isSubmitting}>{isSubmitting ? "Creating…" : "Create key"}</SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
