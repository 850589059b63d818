"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { day } from "@/components/subscriptions/format";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { ApprovalQueueRow } from "@/lib/bundles/approval-queue";
import type { TableSort } from "@/lib/input/table-query";
import { BulkDecision } from "./bulk-decision";
import { ContractStatusBadge } from "./contract-status-badge";

const column = columnsFor<ApprovalQueueRow>();
const products = (r: ApprovalQueueRow) => r.products.map((p) => p.name).join(", ");

const columns = column.columns([
  column.accessor("name", {
    header: "Request",
    cell: (c) => (
      <Link
        href={`/approvals/${c.row.original.id}`}
        className="font-medium text-brand-700 hover:underline dark:text-brand-300"
      >
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("organizationName", { header: "Requested by" }),
  column.accessor(products, { id: "products", header: "Products" }),
  column.accessor("contractStatus", {
    header: "State",
    cell: (c) => <ContractStatusBadge status={c.getValue()} />,
  }),
  column.accessor("requestedOn", { header: "Requested", cell: (c) => day(c.getValue()) }),
  column.accessor("ageDays", { header: "Age (days)" }),
  column.accessor("openPlans", { header: "Open plans" }),
]);

const csvColumns = [
  { header: "request", value: (r: ApprovalQueueRow) => r.name },
  { header: "requestedBy", value: (r: ApprovalQueueRow) => r.organizationName },
  { header: "products", value: products },
  { header: "state", value: (r: ApprovalQueueRow) => r.contractStatus },
  { header: "requestedOn", value: (r: ApprovalQueueRow) => day(r.requestedOn) },
  { header: "openPlans", value: (r: ApprovalQueueRow) => r.openPlans },
];

const rowId = (r: ApprovalQueueRow) => r.id;
const label = (r: ApprovalQueueRow) => r.name;

/**
 * The approver's queue page: headers sort through the URL, and chosen rows are approved or
 * rejected together (or exported).
 */
export function ApprovalQueueTable({
  rows,
  sort,
  empty,
}: {
  rows: ApprovalQueueRow[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Approval queue"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      sort={sort}
      selection={{
        csv: { filename: "approval-queue.csv", columns: csvColumns },
        bulk: (chosen, clear) => <BulkDecision bundleIds={chosen.map((r) => r.id)} onDone={clear} />,
      }}
      rowActions={(r) => (
        <>
          <DropdownMenuItem asChild>
            <Link href={`/approvals/${r.id}`}>Open request</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/approvals?organizationId=${r.organizationId}`}>More from {r.organizationName}</Link>
          </DropdownMenuItem>
        </>
      )}
      empty={empty}
    />
  );
}
