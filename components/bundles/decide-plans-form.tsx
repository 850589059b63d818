"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { decidePlansAction } from "@/app/(app)/approvals/actions";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";

export interface OpenPlan {
  planId: string;
  label: string;
}
type Choice = "" | "APPROVED" | "REJECTED";
interface DecideValues {
  plans: { planId: string; decision: Choice; note: string }[];
}

/**
 * The form's rows as the domain's payload: the plans decided now (the others stay open),
 * and for each payload index the form row it came from, so the schema's messages — a
 * rejection needs its note — land on the right row, from the browser and from the server.
 */
function toInput(values: DecideValues, changeSequence: number) {
  const rows = values.plans.flatMap((p, row) => (p.decision ? [{ ...p, decision: p.decision, row }] : []));
  const input = {
    decisions: rows.map(({ planId, decision, note }) => ({
      planId,
      decision,
      note: note.trim() || undefined,
    })),
    changeSequence,
  };
  const fieldOf = (path: string) => {
    const [, index, field] = path.split(".");
    const row = rows[Number(index)]?.row;
    return row === undefined ? "plans" : `plans.${row}.${field === "note" ? "note" : "decision"}`;
  };
  return { input, fieldOf };
}

/** Per plan: approve some, reject others (each rejection with the note the customer reads). */
export function DecidePlansForm({
  bundleId,
  changeSequence,
  plans,
}: {
  bundleId: string;
  changeSequence: number;
  plans: OpenPlan[];
}) {
  const router = useRouter();
  const resolver: Resolver<DecideValues> = async (values, _context, options) => {
    const { input, fieldOf } = toInput(values, changeSequence);
    // The schema (and zod) load with the first check, not with the page: see lazyZodResolver.
    const { decidePlansSchema } = await import("@/lib/bundles/bundle-schemas");
    const parsed = decidePlansSchema.safeParse(input);
    if (parsed.success) return { values, errors: {} };
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [
        fieldOf(issue.path.join(".")),
        { type: "schema", message: issue.message },
      ]),
    );
    return { values: {}, errors: toNestErrors(errors, options) };
  };
  const form = useForm<DecideValues>({
    resolver,
    defaultValues: { plans: plans.map((p) => ({ planId: p.planId, decision: "", note: "" })) },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const { input, fieldOf } = toInput(values, changeSequence);
    const result = await whileSaving(decidePlansAction({ bundleId, ...input }));
    if (result.status === "invalid") {
      for (const [name, message] of Object.entries(result.fieldErrors)) {
        form.setError(fieldOf(name) as "plans", { type: "server", message });
      }
      return;
    }
    if (result.status === "error") return void toast.error(result.message);
    toast.success(
      `Decisions recorded: the request is ${result.data.contractStatus.toLowerCase().replace("_", " ")}`,
    );
    router.refresh();
  });
  const errors = form.formState.errors.plans;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Decide plans" className="space-y-4">
      <fieldset disabled={saving} className="space-y-4">
        {plans.map((plan, i) => (
          <fieldset
            key={plan.planId}
            aria-label={plan.label}
            className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
          >
            <legend className="px-1 text-sm font-medium">{plan.label}</legend>
            <div className="flex flex-wrap gap-4 text-sm">
              {(
                [
                  ["APPROVED", "Approve"],
                  ["REJECTED", "Reject"],
                  ["", "Leave open"],
                ] as const
              ).map(([value, label]) => (
                <label key={label} className="flex items-center gap-1">
                  <input type="radio" value={value} {...form.register(`plans.${i}.decision`)} />
                  {label}
                </label>
              ))}
            </div>
            <Field
              id={`note-${plan.planId}`}
              label="Note (required to reject; the customer reads it)"
              error={errors?.[i]?.note?.message}
            >
              <textarea
                id={`note-${plan.planId}`}
                rows={2}
                className={inputClass}
                aria-invalid={!!errors?.[i]?.note}
                {...form.register(`plans.${i}.note`)}
              />
            </Field>
          </fieldset>
        ))}
        {errors?.root?.message || errors?.message ? (
          <p role="alert" className="text-sm text-red-600">
            {errors.root?.message ?? errors.message}
          </p>
        ) : null}
        <SubmitButton disabled={form.formState.isSubmitting}>Record decisions</SubmitButton>
      </fieldset>
    </form>
  );
}
