"use client";

import { useForm } from "react-hook-form";
import type { z } from "zod";
import { decideChangeAction } from "@/app/(app)/subscriptions/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import type { decideChangeSchema } from "@/lib/subscriptions/subscription-schemas";
import { ScopedField } from "./scoped-field";
import { useSettle } from "./use-settle";

const resolver = lazyZodResolver(
  () => import("@/lib/subscriptions/subscription-schemas").then((m) => m.decideChangeSchema),
  { raw: true },
);

type Values = z.input<typeof decideChangeSchema>;

/** The review queue's decision on one held change: approve, or reject with the reason why. */
export function DecideChangeForm({ changeId }: { changeId: string }) {
  const { settle } = useSettle();
  const form = useForm<Values>({
    resolver,
    defaultValues: { decision: "approve", note: "" },
  });
  const decide = (decision: Values["decision"]) => {
    form.setValue("decision", decision);
    return form.handleSubmit(async (values) => {
      const result = await decideChangeAction({ ...values, changeId });
      settle(result, form.setError, ["note"], (state) =>
        state === "rejected"
          ? "Change rejected"
          : state === "pending"
            ? "Approved: pending for its date"
            : "Change approved and applied",
      );
    })();
  };
  return (
    <form
      noValidate
      aria-label="Decision"
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void decide("approve");
      }}
    >
      <div className="min-w-48">
        <ScopedField scope={`decide-${changeId}`} form={form} name="note" label="Decision note" />
      </div>
      <SubmitButton disabled={form.formState.isSubmitting}>Approve</SubmitButton>
      <Button variant="danger" disabled={form.formState.isSubmitting} onClick={() => void decide("reject")}>
        Reject
      </Button>
    </form>
  );
}
