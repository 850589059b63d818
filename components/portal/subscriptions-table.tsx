import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { day, nextDate } from "@/components/subscriptions/format";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import type { SubscriptionRow } from "@/lib/subscriptions/subscription-rows";

/** What waits for a subscription, in a few words: "plan change pending for 2026-03-08". */
function Waiting({ row }: { row: SubscriptionRow }) {
  if (row.waiting.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <ul>
      {row.waiting.map((w) => (
        <li key={w.id}>
          {w.kind} change {w.state === "held" ? "held for review" : `pending for ${day(w.effectiveOn)}`}
        </li>
      ))}
    </ul>
  );
}

function NextDate({ row }: { row: SubscriptionRow }) {
  const next = nextDate(row);
  return <>{next.at ? `${next.label} ${day(next.at)}` : "no end date"}</>;
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
            <Td className="whitespace-nowrap">
              <NextDate row={row} />
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
