"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { createSubscriptionAction } from "@/app/(app)/subscriptions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { CreateSubscriptionInput } from "@/lib/subscriptions/subscription-schemas";
import { emptyIsAbsent } from "./scoped-field";
import { SubscriberField } from "./subscriber-field";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.createSubscriptionSchema),
  { raw: true },
);

interface Choices {
  products: {
    id: string;
    name: string;
    hasQuantity: boolean;
    plans: { id: string; name: string; terms: string }[];
  }[];
}

const fieldNames = ["organizationId", "productId", "planId", "quantity", "startsOn"];

/** Subscribes an organization to a product's plan, now or from a later day. */
export function CreateSubscriptionForm({ choices }: { choices: Choices }) {
  const router = useRouter();
  const form = useForm<CreateSubscriptionInput>({
    resolver,
    defaultValues: { quantity: 1 },
  });
  const { errors, isSubmitting } = form.formState;
  const productId = useWatch({ control: form.control, name: "productId" });
  const product = choices.products.find((p) => p.id === productId);
  const onSubmit = form.handleSubmit(async (values) => {
    const created = applyActionResult(await createSubscriptionAction(values), form.setError, fieldNames);
    if (!created) return;
    toast.success(`Subscription #${created.number} created`);
    router.push(`/subscriptions/${created.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New subscription" className="grid max-w-xl gap-4">
      <SubscriberField form={form} name="organizationId" label="Organization" />
      <Field id="field-productId" label="Product" error={errors.productId?.message}>
        <select
          id="field-productId"
          className={inputClass}
          aria-invalid={!!errors.productId}
          {...form.register("productId", { onChange: () => form.setValue("planId", undefined) })}
        >
          <option value="">Choose…</option>
          {choices.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="field-planId" label="Plan" error={errors.planId?.message}>
        <select
          id="field-planId"
          className={inputClass}
          aria-invalid={!!errors.planId}
          {...form.register("planId", emptyIsAbsent)}
        >
          <option value="">None (the product alone, on default terms)</option>
          {product?.plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.terms})
            </option>
          ))}
        </select>
      </Field>
      <TextField
        form={form}
        name="quantity"
        label="Quantity"
        type="number"
        min={1}
        options={requiredNumber}
        hint={product && !product.hasQuantity ? "This product is not sold by quantity: 1." : undefined}
      />
      <TextField
        form={form}
        name="startsOn"
        label="Start date"
        type="date"
        options={emptyIsAbsent}
        hint="Leave empty to start now; a later day schedules it."
      />
      <div>
        <SubmitButton disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create subscription"}
        </SubmitButton>
      </div>
    </form>
  );
}
