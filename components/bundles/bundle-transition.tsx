"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import {
  startProcessingAction,
  terminateBundleAction,
  updateAccessStatusAction,
} from "@/app/(app)/approvals/actions";
import { requestTerminationAction, submitBundleAction } from "@/app/(app)/portal/bundles/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/action";

type Version = { bundleId: string; changeSequence: number };

/** Each step a bundle's page offers, what the dialog asks, and the action it runs. */
const steps = {
  submit: {
    label: "Send request",
    title: "Send this request?",
    description: "The provider's approvers are told at once; the plans can then only be decided by them.",
    tone: "primary",
    run: (v: Version) => submitBundleAction(v),
    done: "Request sent",
  },
  requestTermination: {
    label: "Request termination…",
    title: "Ask to end this contract?",
    description: "The provider ends it; your subscriptions from it end then.",
    tone: "danger",
    run: (v: Version) => requestTerminationAction(v),
    done: "Termination requested",
  },
  startProcessing: {
    label: "Start processing",
    title: "Take this request into processing?",
    description: "The customer sees that someone is working on it.",
    tone: "primary",
    run: (v: Version) => startProcessingAction(v),
    done: "In progress",
  },
  terminate: {
    label: "Terminate…",
    title: "Terminate this contract?",
    description: "Its subscriptions end now and its access stops. This cannot be undone.",
    tone: "danger",
    reason: { label: "Note (the customer reads it)" },
    run: (v: Version, note: string) => terminateBundleAction({ ...v, note }),
    done: "Contract terminated",
  },
  block: {
    label: "Block access…",
    title: "Block this customer's access?",
    description: "Access to your site stops until you allow it again.",
    tone: "danger",
    reason: { label: "Why (the customer reads it)" },
    run: (v: Version, note: string) =>
      updateAccessStatusAction({ bundleId: v.bundleId, access: false, accessNote: note }),
    done: "Access blocked",
  },
  allow: {
    label: "Allow access…",
    title: "Allow this customer's access again?",
    description: undefined,
    tone: "primary",
    reason: { label: "Note" },
    run: (v: Version, note: string) =>
      updateAccessStatusAction({ bundleId: v.bundleId, access: true, accessNote: note }),
    done: "Access allowed",
  },
} satisfies Record<
  string,
  {
    label: string;
    title: string;
    description: string | undefined;
    tone: "primary" | "danger";
    reason?: { label: string };
    run: (v: Version, note: string) => Promise<ActionResult<unknown>>;
    done: string;
  }
>;

export type BundleStep = keyof typeof steps;

/**
 * One step of a bundle's lifecycle behind a confirmation dialog (destructive ones ask for a
 * note). The page offers a step only when lib/bundles says this actor may take it now; the
 * domain decides again, and its refusal (a 409 naming the state, a stale version) shows in
 * the dialog.
 */
export function BundleTransition({ step, ...version }: { step: BundleStep } & Version) {
  const router = useRouter();
  const s: (typeof steps)[BundleStep] = steps[step];
  return (
    <ConfirmDialog
      trigger={<Button variant={s.tone === "danger" ? "secondary" : "primary"}>{s.label}</Button>}
      title={s.title}
      description={s.description}
      confirmLabel={s.label.replace("…", "")}
      tone={s.tone}
      reason={"reason" in s ? s.reason : undefined}
      onConfirm={async (note) => {
        const result = await s.run(version, note);
        if (result.status !== "success") return result.message;
        toast.success(s.done);
        router.refresh();
      }}
    />
  );
}
