"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { day, nextDate } from "@/components/subscriptions/format";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { TableSort } from "@/lib/input/table-query";
import type { SubscriptionRow } from "@/lib/subscriptions/subscription-rows";

/** What waits for a subscription, in a few words: "plan change pending for 2026-03-08". */
function Waiting({ row }: { row: SubscriptionRow }) {
  if (row.waiting.length === 0) return <span className="text-zinc-500">—</span>;
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

const next = (row: SubscriptionRow) => {
  const at = nextDate(row);
  return at.at ? `${at.label} ${day(at.at)}` : "no end date";
};

const column = columnsFor<SubscriptionRow>();
const columns = column.columns([
  column.accessor("productName", {
    header: "Subscription",
    cell: ({ row: { original: row } }) => (
      <>
        <Link
          href={`/portal/subscriptions/${row.id}`}
          className="font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          {row.productName}
          {row.planName && ` · ${row.planName}`}
        </Link>
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">
          #{row.number} · {row.providerName}
        </span>
      </>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: (c) => <SubscriptionStatusBadge status={c.getValue()} />,
  }),
  column.accessor("quantity", { header: "Quantity" }),
  column.accessor(next, {
    id: "next",
    header: "Next",
    cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span>,
  }),
  column.display({
    id: "waiting",
    header: "Pending change",
    cell: ({ row }) => <Waiting row={row.original} />,
  }),
  column.accessor("createdOn", { header: "Created", cell: (c) => day(c.getValue()) }),
]);

const csvColumns = [
  { header: "number", value: (s: SubscriptionRow) => s.number },
  { header: "product", value: (s: SubscriptionRow) => s.productName },
  { header: "plan", value: (s: SubscriptionRow) => s.planName },
  { header: "provider", value: (s: SubscriptionRow) => s.providerName },
  { header: "status", value: (s: SubscriptionRow) => s.status },
  { header: "quantity", value: (s: SubscriptionRow) => s.quantity },
  { header: "next", value: next },
];

const rowId = (s: SubscriptionRow) => s.id;
const label = (s: SubscriptionRow) => `subscription #${s.number}`;
const testId = (s: SubscriptionRow) => `subscription-${s.number}`;

/** The customer's subscriptions: product and plan, status, the next date that matters, what waits. */
export function SubscriptionsTable({
  rows,
  sort,
  empty,
}: {
  rows: SubscriptionRow[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="My subscriptions"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      rowTestId={testId}
      sort={sort}
      selection={{ csv: { filename: "my-subscriptions.csv", columns: csvColumns } }}
      rowActions={(s) => (
        <DropdownMenuItem asChild>
          <Link href={`/portal/subscriptions/${s.id}`}>Open subscription #{s.number}</Link>
        </DropdownMenuItem>
      )}
      empty={empty}
    />
  );
}
