"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { TableSort } from "@/lib/input/table-query";
import type { OrganizationView } from "@/lib/organizations/schemas";
import { OrganizationStatusBadge } from "./status-badge";

/** What the list shows of an organization: the rest of its record stays on the server. */
export type OrganizationRow = Pick<
  OrganizationView,
  "id" | "name" | "slug" | "organizationStatus" | "provider" | "enterpriseOrganization" | "createdOn"
>;

const kind = (o: OrganizationRow) =>
  `${o.provider ? "Provider" : "Customer"}${o.enterpriseOrganization ? " · Enterprise" : ""}`;

const column = columnsFor<OrganizationRow>();
const columns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (c) => (
      <Link
        href={`/organizations/${c.row.original.id}`}
        className="font-medium text-brand-700 hover:underline dark:text-brand-300"
      >
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("slug", {
    header: "Slug",
    cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span>,
  }),
  column.accessor("organizationStatus", {
    header: "Status",
    cell: (c) => <OrganizationStatusBadge status={c.getValue()} />,
  }),
  column.accessor(kind, { id: "kind", header: "Kind" }),
  column.accessor("createdOn", { header: "Created", cell: (c) => c.getValue().slice(0, 10) }),
]);

const csvColumns = [
  { header: "id", value: (o: OrganizationRow) => o.id },
  { header: "slug", value: (o: OrganizationRow) => o.slug },
  { header: "name", value: (o: OrganizationRow) => o.name },
  { header: "organizationStatus", value: (o: OrganizationRow) => o.organizationStatus },
  { header: "kind", value: kind },
  { header: "createdOn", value: (o: OrganizationRow) => o.createdOn },
];

const rowId = (o: OrganizationRow) => o.id;
const label = (o: OrganizationRow) => o.name;
const testId = (o: OrganizationRow) => `organization-${o.slug}`;

/** The platform admin's organizations, sorted through the URL; chosen rows export as CSV. */
export function OrganizationsTable({
  rows,
  sort,
  empty,
}: {
  rows: OrganizationRow[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Organizations"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      rowTestId={testId}
      sort={sort}
      selection={{ csv: { filename: "organizations.csv", columns: csvColumns } }}
      rowActions={(o) => (
        <>
          <DropdownMenuItem asChild>
            <Link href={`/organizations/${o.id}`}>Open</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/organizations/${o.id}/edit`}>Edit</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/subscriptions?organizationId=${o.id}`}>Subscriptions</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/product-keys?organizationId=${o.id}`}>Product keys</Link>
          </DropdownMenuItem>
        </>
      )}
      empty={empty}
    />
  );
}
