"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type RowSelectionState,
  type SortDirection,
} from "@tanstack/react-table";
import Link from "next/link";
import { useState } from "react";
import { day } from "@/components/subscriptions/format";
import { Table, Td } from "@/components/ui/table";
import type { ApprovalQueueRow } from "@/lib/bundles/approval-queue";
import { BulkDecision } from "./bulk-decision";
import { ContractStatusBadge } from "./contract-status-badge";

const features = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const column = createColumnHelper<typeof features, ApprovalQueueRow>();

const columns = column.columns([
  column.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select every request"
        checked={table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.name}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  column.accessor("name", {
    header: "Request",
    sortFn: "alphanumeric",
    cell: (c) => (
      <Link href={`/approvals/${c.row.original.id}`} className="font-medium text-brand-600 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("organizationName", { header: "Requested by", sortFn: "alphanumeric" }),
  column.accessor((r) => r.products.map((p) => p.name).join(", "), { id: "products", header: "Products" }),
  column.accessor("contractStatus", {
    header: "State",
    cell: (c) => <ContractStatusBadge status={c.getValue()} />,
  }),
  column.accessor("requestedOn", { header: "Requested", cell: (c) => day(c.getValue()) }),
  column.accessor("ageDays", { header: "Age (days)", sortFn: "basic" }),
  column.accessor("openPlans", { header: "Open plans", sortFn: "basic" }),
]);

const ariaSort = (sorted: false | SortDirection) =>
  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";

/**
 * The approver's queue page: headers sort the rows shown (the URL's filters choose them), and
 * chosen rows are approved or rejected together.
 */
export function ApprovalQueueTable({ rows }: { rows: ApprovalQueueRow[] }) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
  });
  const chosen = Object.keys(rowSelection).filter((id) => rowSelection[id] && rows.some((r) => r.id === id));
  return (
    <div className="space-y-3">
      <BulkDecision bundleIds={chosen} onDone={() => setRowSelection({})} />
      <Table caption="Approval queue">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={header.column.getCanSort() ? ariaSort(sorted) : undefined}
                    className="bg-zinc-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:bg-zinc-900"
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 uppercase hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:text-zinc-200"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden>{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
