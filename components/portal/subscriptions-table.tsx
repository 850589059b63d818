import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { SubscriptionRow } from "@/lib/subscriptions/subscription-rows";
import { changeKindLabels } from "./change-text";
import { SubscriptionStatusBadge } from "./status-badge";
import { day, NextDate } from "./subscription-dates";

/** What waits for a subscription, in a few words: "Plan change on 2026-03-08", "Cancellation (held)". */
function Waiting({ row }: { row: SubscriptionRow }) {
  if (row.waiting.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <ul>
      {row.waiting.map((w) => (
        <li key={w.id}>
          {changeKindLabels[w.kind]} {w.state === "held" ? "(held for review)" : `on ${day(w.effectiveOn)}`}
        </li>
      ))}
    </ul>
  );
}

/** The customer's subscriptions: product and plan, status, the next date that matters, what waits. */
export function SubscriptionsTable({ rows }: { rows: SubscriptionRow[] }) {
  return (
    <Table caption="My subscriptions">
      <thead>
        <tr>
          <Th>Subscription</Th>
          <Th>Status</Th>
          <Th>Quantity</Th>
          <Th>Next</Th>
          <Th>Pending change</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((row) => (
          <tr key={row.id} data-testid={`subscription-${row.number}`}>
            <Td>
              <Link
                href={`/portal/subscriptions/${row.id}`}
                className="font-medium text-brand-600 hover:underline"
              >
                {row.productName}
                {row.planName && ` · ${row.planName}`}
              </Link>
              <span className="block text-xs text-zinc-500">
                #{row.number} · {row.providerName}
              </span>
            </Td>
            <Td>
              <SubscriptionStatusBadge status={row.status} />
            </Td>
            <Td>{row.quantity}</Td>
            <Td>
              <NextDate subscription={row} />
            </Td>
            <Td>
              <Waiting row={row} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
