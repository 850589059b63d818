"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  disableProductKeyAction,
  enableProductKeyAction,
  revokeProductKeyAction,
  rotateProductKeyAction,
} from "@/app/(app)/product-keys/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ActionResult } from "@/lib/actions/action";
import { SecretReveal } from "./secret-reveal";

/** What the policy lets this reader do to this key; the page asks mayCommercial, not this file. */
export interface KeyMoves {
  rotate: boolean;
  disable: boolean;
  enable: boolean;
  revoke: boolean;
}

type Move = keyof KeyMoves;
const moveLabels: [Move, string][] = [
  ["rotate", "Rotate…"],
  ["enable", "Enable…"],
  ["disable", "Disable…"],
  ["revoke", "Revoke…"],
];

/**
 * Rotate, disable, enable and revoke from one menu, each behind a confirmation; disabling and
 * revoking need a reason, which the audit trail keeps. A rotation's new secret opens in a
 * dialog, this once. The menu offers only the moves the page says the policy allows.
 */
export function KeyActions({ id, moves }: { id: string; moves: KeyMoves }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const settle = <T,>(result: ActionResult<T>, done: string) => {
    if (result.status !== "success") return result.message;
    toast.success(done);
    router.refresh();
  };
  const [asking, setAsking] = useState<Move | null>(null);
  const dialog = (move: Move) => ({
    open: asking === move,
    onOpenChange: (open: boolean) => setAsking(open ? move : null),
  });
  const offered = moveLabels.filter(([move]) => moves[move]);
  if (!offered.length) return null;
  return (
    <div>
      {/* Not modal: a modal menu would take the focus back from the dialog its item opens. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary">Key actions ▾</Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          {offered.map(([move, label]) => (
            <DropdownMenuItem
              key={move}
              tone={move === "revoke" || move === "disable" ? "danger" : "neutral"}
              onSelect={() => setAsking(move)}
            >
              {label}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        {...dialog("rotate")}
        tone="primary"
        title="Rotate this key?"
        description="A new secret is made and shown once. The current secret keeps working for 24 hours beside it, so clients can move over without downtime."
        confirmLabel="Rotate key"
        onConfirm={async () => {
          const result = await rotateProductKeyAction({ productKeyId: id });
          if (result.status !== "success") return result.message;
          setSecret(result.data.key);
          router.refresh();
        }}
      />
      <ConfirmDialog
        {...dialog("enable")}
        tone="primary"
        title="Enable this key?"
        description="Verifies accept it again (if nothing else stops it)."
        confirmLabel="Enable key"
        onConfirm={async () => settle(await enableProductKeyAction({ productKeyId: id }), "Key enabled")}
      />
      <ConfirmDialog
        {...dialog("disable")}
        title="Disable this key?"
        description="Verifies refuse it (DISABLED) until it is enabled again."
        confirmLabel="Disable key"
        reason={{ label: "Reason for disabling" }}
        onConfirm={async (reason) =>
          settle(await disableProductKeyAction({ productKeyId: id, reason }), "Key disabled")
        }
      />
      <ConfirmDialog
        {...dialog("revoke")}
        title="Revoke this key?"
        description="Every secret of this key stops working at once, for good. This cannot be undone."
        confirmLabel="Revoke key"
        reason={{ label: "Reason for revoking" }}
        onConfirm={async (reason) =>
          settle(await revokeProductKeyAction({ productKeyId: id, reason }), "Key revoked")
        }
      />
      <Dialog open={secret !== null} onOpenChange={(open) => !open && setSecret(null)}>
        <DialogContent title="Your new key" description="Give it to the clients that use this key.">
          {secret && <SecretReveal secret={secret} />}
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
