"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { subscribeAction } from "@/app/(app)/portal/subscriptions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import type { CreateSubscriptionInput } from "@/lib/subscriptions/subscription-schemas";
import { WhenField } from "./when-field";

// The fields a person fills in; the product and plan are the control's own.
// raw: the domain parses the same schema again, so the form sends what it typed, not Dates.
const resolver = lazyZodResolver(
  () =>
    import("@/lib/subscriptions/subscription-schemas").then((m) =>
      m.createSubscriptionSchema.pick({ quantity: true, startsOn: true }),
    ),
  { raw: true },
);
type SubscribeInput = Pick<CreateSubscriptionInput, "quantity" | "startsOn">;
const fieldNames = ["quantity", "startsOn"];

/**
 * Subscribes the signed-in customer's organization to one plan: the quantity (for products sold
 * by quantity) and a start, now or on a date. A trial plan says "Start trial".
 */
export function SubscribeControl({
  productId,
  plan,
  hasQuantity,
}: {
  productId: string;
  plan: { id: string; name: string; terms: "trial" | "paid" };
  hasQuantity: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const verb = plan.terms === "trial" ? "Start trial" : "Subscribe";
  const form = useForm<SubscribeInput>({
    resolver,
    defaultValues: { quantity: 1 },
    shouldUnregister: true,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await subscribeAction({ ...values, productId, planId: plan.id });
    const created = applyActionResult(result, form.setError, fieldNames);
    if (!created) return;
    toast.success(
      created.status === "scheduled" ? `${plan.name} is scheduled` : `Subscribed to ${plan.name}`,
    );
    router.push(`/portal/subscriptions/${created.id}`);
  });
  if (!open) {
    return (
      <Button className="mt-2" onClick={() => setOpen(true)} aria-label={`${verb}: ${plan.name}`}>
        {verb}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${verb}: ${plan.name}`} className="mt-3 space-y-3">
      {hasQuantity && (
        <TextField
          form={form}
          name="quantity"
          label="Quantity"
          type="number"
          min={1}
          options={requiredNumber}
        />
      )}
      <WhenField form={form} name="startsOn" legend="Start" nowLabel="Now" dateLabel="On a date" />
      <div className="flex gap-2">
        <SubmitButton disabled={form.formState.isSubmitting}>{verb}</SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Not now
        </Button>
      </div>
    </form>
  );
}
