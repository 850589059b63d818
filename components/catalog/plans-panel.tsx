"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { deletePlanAction, savePlanAction } from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { useFocusFirstField, useInlineForm } from "@/components/forms/use-inline-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlanInput, PlanView } from "@/lib/catalog/plan-schemas";

const resolver = lazyZodResolver(() => import("@/lib/catalog/plan-schemas").then((m) => m.planFieldsSchema));

const fields = [
  "name",
  "description",
  "planType",
  "terms",
  "subscriptionPeriod",
  "gracePeriod",
  "reminderBeforePeriod",
  "appLimit",
  "namespaceLimit",
  "costPerAppUnit",
  "costPerNamespaceUnit",
  "approvalRequired",
  "validity.validFrom",
  "validity.validUntil",
];
const limit = (n: number) => (n === -1 ? "unlimited" : String(n));

function PlanForm({
  productId,
  currency,
  plan,
  onDone,
}: {
  productId: string;
  /** The product's currency: plan costs are in it. */
  currency: string;
  plan?: PlanView;
  onDone: () => void;
}) {
  const formRef = useFocusFirstField<HTMLFormElement>();
  const form = useForm<PlanInput>({
    resolver,
    defaultValues: plan
      ? {
          ...plan,
          validity: {
            validFrom: plan.validity.validFrom?.slice(0, 16) ?? "",
            validUntil: plan.validity.validUntil?.slice(0, 16) ?? "",
          },
        }
      : {
          name: "",
          description: "",
          terms: "paid",
          planType: "STATIC",
          subscriptionPeriod: -1,
          gracePeriod: 0,
          reminderBeforePeriod: -1,
          appLimit: -1,
          namespaceLimit: -1,
          costPerAppUnit: 0,
          costPerNamespaceUnit: 0,
          approvalRequired: false,
          validity: { validFrom: "", validUntil: "" },
        },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await savePlanAction({ ...values, productId, planId: plan?.id, version: plan?.version });
    const saved = applyActionResult(result, form.setError, fields);
    if (saved) {
      toast.success(plan ? `Saved as version ${saved.version}` : `${saved.name} created`);
      onDone();
    }
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={plan ? `Edit ${plan.name}` : "New plan"}
      className="grid gap-3 rounded-lg border border-zinc-200 p-4 md:grid-cols-4 dark:border-zinc-800"
    >
      <TextField form={form} name="name" label="Plan name" />
      <TextField form={form} name="description" label="Plan description" />
      <label className="text-sm">
        <span className="block font-medium">Terms</span>
        <select className={inputClass} {...form.register("terms")}>
          <option value="paid">paid</option>
          <option value="trial">trial</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Plan type</span>
        <select className={inputClass} {...form.register("planType")}>
          <option value="STATIC">static</option>
          <option value="DYNAMIC">dynamic</option>
        </select>
      </label>
      <TextField
        form={form}
        name="subscriptionPeriod"
        label="Period (days, -1 unlimited)"
        type="number"
        options={requiredNumber}
      />
      <TextField
        form={form}
        name="gracePeriod"
        label="Grace period (days)"
        type="number"
        options={requiredNumber}
      />
      <TextField
        form={form}
        name="reminderBeforePeriod"
        label="Reminder (days, -1 none)"
        type="number"
        options={requiredNumber}
      />
      <TextField
        form={form}
        name="appLimit"
        label="App limit (-1 unlimited)"
        type="number"
        options={requiredNumber}
      />
      <TextField
        form={form}
        name="namespaceLimit"
        label="Namespace limit (-1 unlimited)"
        type="number"
        options={requiredNumber}
      />
      <TextField form={form} name="costPerAppUnit" label={`Cost per app (${currency})`} inputMode="decimal" />
      <TextField
        form={form}
        name="costPerNamespaceUnit"
        label={`Cost per namespace (${currency})`}
        inputMode="decimal"
      />
      <TextField form={form} name="validity.validFrom" label="Valid from (UTC)" type="datetime-local" />
      <TextField form={form} name="validity.validUntil" label="Valid until (UTC)" type="datetime-local" />
      <CheckboxField form={form} name="approvalRequired" label="Needs approval" />
      <div className="flex items-end gap-2 md:col-span-2">
        <SubmitButton disabled={form.formState.isSubmitting}>
          {plan ? "Save new version" : "Create plan"}
        </SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A product's plans with their terms; editing writes a new version. */
export function PlansPanel({
  productId,
  currency,
  plans,
  canEdit,
  history,
}: {
  productId: string;
  currency: string;
  plans: PlanView[];
  canEdit: boolean;
  /** Every version of one plan, newest first, when its history is open. */
  history: PlanView[] | null;
}) {
  const router = useRouter();
  const { editing, open, close, opener } = useInlineForm(); // a plan id, or "new"
  const done = () => {
    close();
    router.refresh();
  };
  const remove = async (plan: PlanView) => {
    const result = await deletePlanAction({ productId, planId: plan.id });
    if (result.status !== "success") return result.message;
    toast.success(`${plan.name} deleted`);
    router.refresh();
  };
  return (
    <div className="space-y-4">
      {plans.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No plans yet.</p>
      ) : (
        <Table caption="Plans">
          <thead>
            <tr>
              <Th>Plan</Th>
              <Th>Version</Th>
              <Th>Terms</Th>
              <Th>Period</Th>
              <Th>Limits</Th>
              <Th>Costs</Th>
              <Th />
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {plans.map((plan) =>
              editing === plan.id ? (
                <tr key={plan.id}>
                  <td colSpan={7} className="p-2">
                    <PlanForm productId={productId} currency={currency} plan={plan} onDone={done} />
                  </td>
                </tr>
              ) : (
                <tr key={plan.id} data-testid={`plan-${plan.name}`}>
                  <Td>
                    {plan.name} {plan.deleted && <Badge tone="red">deleted</Badge>}{" "}
                    {plan.approvalRequired && <Badge tone="blue">approval</Badge>}
                  </Td>
                  <Td>v{plan.version}</Td>
                  <Td>{plan.terms}</Td>
                  <Td>{plan.subscriptionPeriod === -1 ? "unlimited" : `${plan.subscriptionPeriod} days`}</Td>
                  <Td>
                    apps {limit(plan.appLimit)} · namespaces {limit(plan.namespaceLimit)}
                  </Td>
                  <Td>
                    {plan.costPerAppUnit} {currency} / app · {plan.costPerNamespaceUnit} {currency} /
                    namespace
                  </Td>
                  <Td className="whitespace-nowrap text-right">
                    {canEdit && !plan.deleted && (
                      <>
                        <Link
                          href={`/catalog/products/${productId}?tab=plans&history=${plan.id}`}
                          className="mr-2 text-sm text-brand-600 hover:underline"
                        >
                          History
                        </Link>
                        <Button variant="secondary" ref={opener(plan.id)} onClick={() => open(plan.id)}>
                          Edit
                        </Button>{" "}
                        <ConfirmDialog
                          trigger={<Button variant="ghost">Delete</Button>}
                          title={`Delete the plan ${plan.name}?`}
                          description="New subscriptions can no longer choose it. Its versions stay, so the subscriptions that use it keep running unchanged."
                          confirmLabel="Delete plan"
                          onConfirm={() => remove(plan)}
                        />
                      </>
                    )}
                  </Td>
                </tr>
              ),
            )}
          </tbody>
        </Table>
      )}
      {history && history.length > 0 && (
        <section aria-label={`History of ${history[0]!.name}`}>
          <h3 className="mb-2 font-medium">Versions of {history[0]!.name}</h3>
          <Table caption="Plan versions">
            <thead>
              <tr>
                <Th>Version</Th>
                <Th>Written</Th>
                <Th>By</Th>
                <Th>Terms</Th>
                <Th>Limits</Th>
                <Th>Costs</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {history.map((version) => (
                <tr key={version.version}>
                  <Td>v{version.version}</Td>
                  <Td>{version.updatedAt.slice(0, 16).replace("T", " ")} UTC</Td>
                  <Td>{version.updatedBy}</Td>
                  <Td>
                    {version.name} · {version.terms} ·{" "}
                    {version.subscriptionPeriod === -1 ? "unlimited" : `${version.subscriptionPeriod} days`}
                  </Td>
                  <Td>
                    apps {limit(version.appLimit)} · namespaces {limit(version.namespaceLimit)}
                  </Td>
                  <Td>
                    {version.costPerAppUnit} {currency} / app · {version.costPerNamespaceUnit} {currency} /
                    namespace
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
      {canEdit &&
        (editing === "new" ? (
          <PlanForm productId={productId} currency={currency} onDone={done} />
        ) : (
          <Button variant="secondary" ref={opener("new")} onClick={() => open("new")}>
            Add plan
          </Button>
        ))}
    </div>
  );
}
