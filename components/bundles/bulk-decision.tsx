"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { bulkDecideAction } from "@/app/(app)/approvals/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * Approves or rejects every open plan of the chosen requests. Each request is decided on its
 * own, so one someone else decided first is reported beside the others, not undoing them.
 */
export function BulkDecision({ bundleIds, onDone }: { bundleIds: string[]; onDone: () => void }) {
  const router = useRouter();
  const n = bundleIds.length;
  const what = `${n} request${n === 1 ? "" : "s"}`;
  async function decide(decision: "APPROVED" | "REJECTED", note: string) {
    const result = await bulkDecideAction({ bundleIds, decision, note: note || undefined });
    if (result.status !== "success") return result.message;
    const refused = result.data.filter((o) => !o.ok);
    const decided = result.data.length - refused.length;
    if (decided) toast.success(`${decided} ${decision === "APPROVED" ? "approved" : "rejected"}`);
    for (const o of refused) if (!o.ok) toast.error(o.message);
    onDone();
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Bulk decision" role="group">
      <ConfirmDialog
        trigger={<Button disabled={!n}>Approve chosen</Button>}
        title={`Approve ${what}?`}
        description="Every open plan of each becomes a subscription, and access follows."
        confirmLabel="Approve"
        tone="primary"
        onConfirm={(note) => decide("APPROVED", note)}
      />
      <ConfirmDialog
        trigger={
          <Button variant="danger" disabled={!n}>
            Reject chosen…
          </Button>
        }
        title={`Reject ${what}?`}
        description="Every open plan of each is rejected; the customers read your note."
        confirmLabel="Reject"
        reason={{ label: "Reason (the customers read it)", maxLength: 1000 }}
        onConfirm={(note) => decide("REJECTED", note)}
      />
    </div>
  );
}
