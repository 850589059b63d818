"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { bulkKeyStatusAction } from "@/app/(app)/product-keys/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ProductKeyRow } from "./product-keys-table";

/**
 * Disables or enables the chosen keys. Each key is changed on its own, so one that may not be
 * (revoked, or already in that state) is named beside the others instead of undoing them.
 */
export function BulkKeyStatus({ keys, onDone }: { keys: ProductKeyRow[]; onDone: () => void }) {
  const router = useRouter();
  const n = keys.length;
  const what = `${n} key${n === 1 ? "" : "s"}`;
  async function change(action: "disable" | "enable", reason: string) {
    const productKeyIds = keys.map((k) => k.id);
    const result = await bulkKeyStatusAction(
      action === "disable"
        ? { action, productKeyIds, reason }
        : { action, productKeyIds, reason: reason || undefined },
    );
    if (result.status !== "success") return result.message;
    const refused = result.data.filter((o) => !o.ok);
    const done = result.data.length - refused.length;
    if (done) toast.success(`${done} ${action === "disable" ? "disabled" : "enabled"}`);
    for (const o of refused) {
      if (!o.ok) toast.error(`${keys.find((k) => k.id === o.id)?.prefix ?? o.id}: ${o.message}`);
    }
    onDone();
    router.refresh();
  }
  return (
    <>
      <ConfirmDialog
        trigger={
          <Button variant="danger" disabled={!n}>
            Disable chosen…
          </Button>
        }
        title={`Disable ${what}?`}
        description={`Every verify with the ${what} is refused until they are enabled again; their secrets stay as they are.`}
        confirmLabel={`Disable ${what}`}
        reason={{ label: "Reason (kept on each key and in the audit trail)", maxLength: 1000 }}
        onConfirm={(reason) => change("disable", reason)}
      />
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={!n}>
            Enable chosen…
          </Button>
        }
        title={`Enable ${what}?`}
        description={`The ${what} verify again, with the secrets they had.`}
        confirmLabel={`Enable ${what}`}
        tone="primary"
        onConfirm={(reason) => change("enable", reason)}
      />
    </>
  );
}
