"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { cancelPendingChangeAction } from "@/app/(app)/portal/subscriptions/actions";
import { Button } from "@/components/ui/button";

/** Withdraws a change still waiting (for its date or for review); the subscription stays as it is. */
export function WithdrawChangeButton({ changeId, label }: { changeId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const withdraw = () =>
    startTransition(async () => {
      const result = await cancelPendingChangeAction({ changeId });
      if (result.status !== "success") return void toast.error(result.message);
      toast.success(`The ${label} is withdrawn`);
      router.refresh();
    });
  return (
    <Button variant="secondary" disabled={pending} onClick={withdraw} aria-label={`Withdraw the ${label}`}>
      Withdraw
    </Button>
  );
}
