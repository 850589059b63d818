"use client";

import Link from "next/link";
import { columnsFor } from "@/components/ui/data-table/features";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { TableSort } from "@/lib/input/table-query";
import { BulkCancel } from "./bulk-cancel";
import { day, nextDate } from "./format";
import { SubscriptionMarkers } from "./markers";
import { SubscriptionStatusBadge } from "./status-badge";
import type { SubscriptionTableRow } from "./table-row";

const column = columnsFor<SubscriptionTableRow>();
const columns = column.columns([
  column.accessor("number", {
    header: "Number",
    cell: (c) => (
      <Link
        href={`/subscriptions/${c.row.original.id}`}
        className="font-medium text-brand-700 hover:underline dark:text-brand-300"
      >
        #{c.getValue()}
      </Link>
    ),
  }),
  column.accessor("organizationName", { header: "Organization" }),
  column.accessor("productName", { header: "Product" }),
  column.accessor("planName", { header: "Plan", cell: (c) => c.getValue() ?? "—" }),
  column.accessor("status", {
    header: "Status",
    cell: ({ row: { original: s } }) => (
      <span className="flex flex-wrap gap-1">
        <SubscriptionStatusBadge status={s.status} />
        <SubscriptionMarkers barredFor={s.barredFor} waiting={s.waiting} />
      </span>
    ),
  }),
  column.accessor("terms", { header: "Terms" }),
  column.display({
    id: "next",
    header: "Next date",
    cell: ({ row: { original: s } }) => {
      const next = nextDate(s);
      return <span className="whitespace-nowrap">{next.at ? `${next.label} ${day(next.at)}` : "—"}</span>;
    },
  }),
  column.accessor("createdOn", { header: "Created", cell: (c) => day(c.getValue()) }),
]);

const csvColumns = [
  { header: "number", value: (s: SubscriptionTableRow) => s.number },
  { header: "organization", value: (s: SubscriptionTableRow) => s.organizationName },
  { header: "product", value: (s: SubscriptionTableRow) => s.productName },
  { header: "plan", value: (s: SubscriptionTableRow) => s.planName },
  { header: "status", value: (s: SubscriptionTableRow) => s.status },
  { header: "terms", value: (s: SubscriptionTableRow) => s.terms },
  { header: "createdOn", value: (s: SubscriptionTableRow) => day(s.createdOn) },
];

const label = (s: SubscriptionTableRow) => `subscription #${s.number}`;
const testId = (s: SubscriptionTableRow) => `subscription-${s.number}`;
const rowId = (s: SubscriptionTableRow) => s.id;

/**
 * The desk's subscriptions: sorted through the URL, chosen rows exported or (for those who
 * manage subscriptions) cancelled together.
 */
export function SubscriptionsTable({
  rows,
  sort,
  mayCancel = false,
  empty = <p className="text-sm text-zinc-600 dark:text-zinc-400">No subscriptions match.</p>,
}: {
  rows: SubscriptionTableRow[];
  sort?: { fields: readonly string[]; current: TableSort | undefined };
  mayCancel?: boolean;
  empty?: React.ReactNode;
}) {
  return (
    <DataTable
      caption="Subscriptions"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      rowTestId={testId}
      sort={sort}
      selection={{
        csv: { filename: "subscriptions.csv", columns: csvColumns },
        bulk: mayCancel ? (chosen, clear) => <BulkCancel subscriptions={chosen} onDone={clear} /> : undefined,
      }}
      rowActions={(s) => (
        <>
          <DropdownMenuItem asChild>
            <Link href={`/subscriptions/${s.id}`}>Open subscription #{s.number}</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/subscriptions?organizationId=${s.organizationId}`}>
              {s.organizationName}&apos;s subscriptions
            </Link>
          </DropdownMenuItem>
        </>
      )}
      empty={empty}
    />
  );
}
