"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import {
  deleteTermAction,
  savePricingRuleAction,
  saveSlaDefinitionAction,
} from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { nullableNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input, inputClass } from "@/components/ui/input";
import type {
  pricingParametersSchema,
  PricingRuleView,
  slaDefinitionFieldsSchema,
  SlaDefinitionView,
} from "@/lib/catalog/term-schemas";

type SlaInput = z.input<typeof slaDefinitionFieldsSchema>;

const slaResolver = lazyZodResolver(() =>
  import("@/lib/catalog/term-schemas").then((m) => m.slaDefinitionFieldsSchema),
);

function SlaForm({ onDone }: { onDone: () => void }) {
  const form = useForm<SlaInput>({
    resolver: slaResolver,
    defaultValues: { name: "", description: "", uptimePercent: "", responseTimeMs: null, supportHours: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    if (
      applyActionResult(await saveSlaDefinitionAction(values), form.setError, [
        "name",
        "uptimePercent",
        "responseTimeMs",
        "supportHours",
      ])
    ) {
      toast.success(`${values.name} saved`);
      form.reset();
      onDone();
    }
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New SLA definition"
      className="grid gap-3 md:grid-cols-5"
    >
      <TextField form={form} name="name" label="SLA name" />
      <TextField form={form} name="uptimePercent" label="Uptime %" inputMode="decimal" hint="e.g. 99.95" />
      <TextField
        form={form}
        name="responseTimeMs"
        label="Response time (ms)"
        type="number"
        options={nullableNumber}
      />
      <TextField form={form} name="supportHours" label="Support hours" hint="e.g. 24x7" />
      <div className="flex items-end">
        <SubmitButton disabled={form.formState.isSubmitting}>Add SLA</SubmitButton>
      </div>
    </form>
  );
}

const ruleTypes = {
  FLAT: "Flat amount",
  PER_UNIT: "Per unit",
  TIERED: "Tiered",
  DISCOUNT_PERCENT: "Discount %",
} as const;
type RuleType = keyof typeof ruleTypes;

/** Builds the rule's kind and `parameters` from the form's few inputs; the server validates the result. */
function ruleOf(
  ruleType: RuleType,
  amount: string,
  unit: string,
  tiers: string,
): z.input<typeof pricingParametersSchema> {
  switch (ruleType) {
    case "FLAT":
      return { ruleType, parameters: { amount } };
    case "PER_UNIT":
      return { ruleType, parameters: { unitAmount: amount, unit } };
    case "DISCOUNT_PERCENT":
      return { ruleType, parameters: { percent: Number(amount) } };
    case "TIERED":
      return {
        ruleType,
        parameters: {
          tiers: tiers
            .split("\n")
            .filter((line) => line.trim())
            .map((line) => {
              const [upTo = "", unitAmount = ""] = line.split(",").map((cell) => cell.trim());
              return { upTo: upTo === "" ? null : Number(upTo), unitAmount };
            }),
        },
      };
  }
}

function PricingRuleForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState("");
  const [ruleType, setRuleType] = useState<RuleType>("FLAT");
  const [currency, setCurrency] = useState("USD");
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState("");
  const [tiers, setTiers] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      const result = await savePricingRuleAction({
        name,
        currency,
        ...ruleOf(ruleType, amount, unit, tiers),
      });
      if (result.status === "success") {
        toast.success(`${name} saved`);
        setErrors({});
        setName("");
        onDone();
      } else if (result.status === "invalid") setErrors(result.fieldErrors);
      else toast.error(result.message);
    });
  const firstError = (prefix: string) => Object.entries(errors).find(([key]) => key.startsWith(prefix))?.[1];
  return (
    <form
      aria-label="New pricing rule"
      className="grid gap-3 md:grid-cols-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field id="rule-name" label="Rule name" error={errors.name}>
        <Input
          id="rule-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!errors.name}
        />
      </Field>
      <Field id="rule-type" label="Kind">
        <select
          id="rule-type"
          className={inputClass}
          value={ruleType}
          onChange={(e) => setRuleType(e.target.value as RuleType)}
        >
          {Object.entries(ruleTypes).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="rule-currency" label="Currency" error={errors.currency}>
        <Input id="rule-currency" value={currency} onChange={(e) => setCurrency(e.target.value)} />
      </Field>
      {ruleType === "TIERED" ? (
        <Field
          id="rule-tiers"
          label="Tiers: up to, unit amount (one per line; last up to empty)"
          error={firstError("parameters")}
        >
          <textarea
            id="rule-tiers"
            rows={3}
            className={inputClass}
            value={tiers}
            onChange={(e) => setTiers(e.target.value)}
            placeholder={"100,0.10\n,0.05"}
          />
        </Field>
      ) : (
        <Field
          id="rule-amount"
          label={ruleType === "DISCOUNT_PERCENT" ? "Percent" : "Amount"}
          error={firstError("parameters")}
        >
          <Input
            id="rule-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
      )}
      {ruleType === "PER_UNIT" && (
        <Field id="rule-unit" label="Unit" error={errors["parameters.unit"]}>
          <Input
            id="rule-unit"
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
            placeholder="e.g. API call"
          />
        </Field>
      )}
      <div className="flex items-end">
        <SubmitButton disabled={pending}>Add rule</SubmitButton>
      </div>
    </form>
  );
}

const describeRule = (rule: PricingRuleView) => JSON.stringify(rule.parameters);

/** A provider's SLA definitions and pricing rules, which product keys refer to. */
export function TermsPanel({ slas, rules }: { slas: SlaDefinitionView[]; rules: PricingRuleView[] }) {
  const router = useRouter();
  const remove = async (kind: "sla" | "pricing", id: string, name: string) => {
    const result = await deleteTermAction({ kind, id });
    if (result.status !== "success") return result.message;
    toast.success(`${name} deleted`);
    router.refresh();
  };
  const list = (items: { id: string; name: string; detail: string }[], kind: "sla" | "pricing") => (
    <ul className="mb-4 divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {items.length === 0 && <li className="px-3 py-2 text-zinc-500">None yet.</li>}
      {items.map((item) => (
        <li
          key={item.id}
          className="flex items-center justify-between gap-3 px-3 py-2"
          data-testid={`term-${item.name}`}
        >
          <span>
            <span className="font-medium">{item.name}</span> · {item.detail}
          </span>
          <ConfirmDialog
            trigger={<Button variant="ghost">Delete</Button>}
            title={`Delete the ${kind === "sla" ? "SLA definition" : "pricing rule"} ${item.name}?`}
            description="It is removed from your terms for good: this cannot be undone."
            confirmLabel="Delete"
            onConfirm={() => remove(kind, item.id, item.name)}
          />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-8">
      <section>
        <h2 className="mb-3 font-semibold">SLA definitions</h2>
        {list(
          slas.map((s) => ({
            id: s.id,
            name: s.name,
            detail: `${s.uptimePercent}% uptime${s.responseTimeMs !== null ? ` · ${s.responseTimeMs} ms` : ""}${s.supportHours ? ` · ${s.supportHours}` : ""}`,
          })),
          "sla",
        )}
        <SlaForm onDone={() => router.refresh()} />
      </section>
      <section>
        <h2 className="mb-3 font-semibold">Pricing rules</h2>
        {list(
          rules.map((r) => ({
            id: r.id,
            name: r.name,
            detail: `${ruleTypes[r.ruleType]} ${r.currency} ${describeRule(r)}`,
          })),
          "pricing",
        )}
        <PricingRuleForm onDone={() => router.refresh()} />
      </section>
    </div>
  );
}
