"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { bulkCancelAction } from "@/app/(app)/subscriptions/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SubscriptionTableRow } from "./table-row";

/**
 * Cancels the chosen subscriptions now, as each one's own page does. Each is cancelled on its
 * own, so one that may not be cancelled (or has ended already) is named beside the others.
 */
export function BulkCancel({
  subscriptions,
  onDone,
}: {
  subscriptions: SubscriptionTableRow[];
  onDone: () => void;
}) {
  const router = useRouter();
  const n = subscriptions.length;
  const what = `${n} subscription${n === 1 ? "" : "s"}`;
  async function cancel(reason: string) {
    const result = await bulkCancelAction({
      subscriptionIds: subscriptions.map((s) => s.id),
      when: "now",
      reason: reason || undefined,
    });
    if (result.status !== "success") return result.message;
    const refused = result.data.filter((o) => !o.ok);
    const done = result.data.length - refused.length;
    if (done) toast.success(`${done} cancelled`);
    for (const o of refused) {
      const s = subscriptions.find((row) => row.id === o.id);
      if (!o.ok) toast.error(`#${s?.number ?? o.id}: ${o.message}`);
    }
    onDone();
    router.refresh();
  }
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger" disabled={!n}>
          Cancel chosen…
        </Button>
      }
      title={`Cancel ${what}?`}
      description={`Each of the ${what} is cancelled now: one on paid terms with a grace period enters it, the others end at once. This cannot be undone.`}
      confirmLabel={`Cancel ${what}`}
      onConfirm={cancel}
    />
  );
}
