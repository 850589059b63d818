"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { cancelChangeAction } from "@/app/(app)/subscriptions/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { DecideChangeForm } from "./decide-change-form";
import { day, moment } from "./format";

export interface OpenChangeRow {
  id: string;
  kind: string;
  state: "pending" | "held";
  description: string;
  effectiveOn: Date;
  requestedOn: Date;
  requestedBy: string;
  reason: string | null;
  riskDecision: string | null;
  /** Set on lists across subscriptions (the review queue), to link each row to its subscription. */
  subscription?: { id: string; number: number; organizationName: string; productName: string };
  /** What the actor may do with it, as the commercial policy says. */
  canCancel: boolean;
  canDecide: boolean;
}

function CancelChangeButton({ changeId }: { changeId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const cancel = () =>
    startTransition(async () => {
      const result = await cancelChangeAction({ changeId });
      if (result.status === "success") toast.success("Change cancelled");
      else toast.error(result.message);
      router.refresh();
    });
  return (
    <Button variant="secondary" disabled={pending} onClick={cancel}>
      Cancel change
    </Button>
  );
}

/** Changes still waiting — pending for their date, or held for review — with what one may do. */
export function OpenChangesTable({ rows, caption }: { rows: OpenChangeRow[]; caption: string }) {
  if (!rows.length) return <p className="text-sm text-zinc-500">Nothing is waiting.</p>;
  const across = rows.some((r) => r.subscription);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {across && <Th>Subscription</Th>}
          <Th>Change</Th>
          <Th>For</Th>
          <Th>Asked</Th>
          <Th />
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((r) => (
          <tr key={r.id} data-testid={`open-change-${r.id}`}>
            {across && r.subscription && (
              <Td>
                <Link
                  href={`/subscriptions/${r.subscription.id}`}
                  className="font-medium text-brand-600 hover:underline"
                >
                  #{r.subscription.number}
                </Link>
                <span className="block text-xs text-zinc-500">
                  {r.subscription.organizationName} · {r.subscription.productName}
                </span>
              </Td>
            )}
            <Td>
              <span className="mr-2 capitalize">{r.kind}</span>
              <Badge tone={r.state === "held" ? "red" : "blue"}>{r.state}</Badge>
              <span className="block">{r.description}</span>
              {r.riskDecision && (
                <span className="block text-xs text-red-600 dark:text-red-400">{r.riskDecision}</span>
              )}
              {r.reason && <span className="block text-xs text-zinc-500">Reason: {r.reason}</span>}
            </Td>
            <Td className="whitespace-nowrap">{day(r.effectiveOn)}</Td>
            <Td className="whitespace-nowrap text-xs">
              {moment(r.requestedOn)}
              <span className="block text-zinc-500">{r.requestedBy}</span>
            </Td>
            <Td className="space-y-2">
              {r.state === "held" && r.canDecide && <DecideChangeForm changeId={r.id} />}
              {r.canCancel && <CancelChangeButton changeId={r.id} />}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
