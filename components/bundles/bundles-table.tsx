"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { day } from "@/components/subscriptions/format";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";
import type { TableSort } from "@/lib/input/table-query";
import { ContractStatusBadge } from "./contract-status-badge";

const products = (b: BundleView) => b.bundleProducts.map((p) => p.name).join(", ");
const requested = (b: BundleView) => (b.requestedOn ? day(b.requestedOn) : "draft");

const column = columnsFor<BundleView>();
const columns = column.columns([
  column.accessor("name", {
    header: "Request",
    cell: (c) => (
      <Link
        href={`/portal/bundles/${c.row.original.id}`}
        className="font-medium text-brand-700 hover:underline dark:text-brand-300"
      >
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor((b) => b.providerOrganization.name, { id: "provider", header: "Provider" }),
  column.accessor("contractStatus", {
    header: "State",
    cell: (c) => <ContractStatusBadge status={c.getValue()} />,
  }),
  column.accessor(products, { id: "products", header: "Products", cell: (c) => c.getValue() || "—" }),
  column.accessor(requested, { id: "requestedOn", header: "Requested" }),
]);

const csvColumns = [
  { header: "id", value: (b: BundleView) => b.id },
  { header: "name", value: (b: BundleView) => b.name },
  { header: "provider", value: (b: BundleView) => b.providerOrganization.name },
  { header: "contractStatus", value: (b: BundleView) => b.contractStatus },
  { header: "products", value: products },
  { header: "requestedOn", value: (b: BundleView) => b.requestedOn ?? "" },
];

const rowId = (b: BundleView) => b.id;
const label = (b: BundleView) => b.name;

/** The customer's requests: name, provider, state, products and when each was sent. */
export function BundlesTable({
  rows,
  sort,
  empty,
}: {
  rows: BundleView[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="My requests"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      sort={sort}
      selection={{ csv: { filename: "requests.csv", columns: csvColumns } }}
      rowActions={(b) => (
        <DropdownMenuItem asChild>
          <Link href={`/portal/bundles/${b.id}`}>Open</Link>
        </DropdownMenuItem>
      )}
      empty={empty}
    />
  );
}
