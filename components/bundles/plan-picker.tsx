"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import type { WizardProduct } from "./wizard-types";

/**
 * The chosen provider's products and their plans as checkboxes; the form holds the chosen
 * plan ids (the domain derives the products from them). Plans that need an approver say so.
 */
export function PlanPicker({
  form,
  products,
}: {
  form: UseFormReturn<{ planIds: string[] }>;
  products: WizardProduct[];
}) {
  const chosen = useWatch({ control: form.control, name: "planIds" }) ?? [];
  const error = form.formState.errors.planIds?.message;
  const toggle = (planId: string, on: boolean) =>
    form.setValue("planIds", on ? [...chosen, planId] : chosen.filter((id) => id !== planId), {
      shouldValidate: form.formState.isSubmitted,
    });
  return (
    <fieldset aria-describedby={error ? "plans-error" : undefined} className="space-y-4">
      <legend className="text-sm font-medium">Products and plans</legend>
      {products.length === 0 && <p className="text-sm text-zinc-500">This provider lists no products.</p>}
      {products.map((product) => (
        <div key={product.id} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="font-medium">{product.name}</p>
          <p className="text-xs text-zinc-500">
            {product.accessExchangeType === "GENERATE_TOKEN"
              ? "Access by a product key, shown to you once on approval."
              : "Access is handed over by the provider."}
          </p>
          <ul className="mt-2 space-y-1">
            {product.plans.map((plan) => (
              <li key={plan.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="h-4 w-4 accent-brand-600"
                    checked={chosen.includes(plan.id)}
                    onChange={(event) => toggle(plan.id, event.target.checked)}
                  />
                  {product.name} · {plan.name} ({plan.terms}
                  {plan.approvalRequired ? ", needs approval" : ""})
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {typeof error === "string" && (
        <p id="plans-error" role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
