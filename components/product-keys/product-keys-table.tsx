"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { day } from "@/components/subscriptions/format";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { TableSort } from "@/lib/input/table-query";
import type { ProductKeyStatus } from "@/lib/product-keys/product-key-schemas";
import { BulkKeyStatus } from "./bulk-key-status";
import { ProductKeyStatusBadge } from "./status-badge";
import { formatCount } from "@/lib/number-format";

/** One key as the list shows it: plain values, so the server page hands it to this client table. */
export interface ProductKeyRow {
  id: string;
  prefix: string;
  description: string;
  organizationName: string;
  productNames: string[];
  status: ProductKeyStatus;
  consumedQuota: number;
  quota: number | null;
  tags: string[];
  createdOn: string;
  lastUsedOn: string | null;
}

const column = columnsFor<ProductKeyRow>();
const quotaText = (r: ProductKeyRow) =>
  `${formatCount(r.consumedQuota)} / ${r.quota === null ? "unlimited" : formatCount(r.quota)}`;

const keyColumns = (base: string, withOrganization: boolean) => [
  column.accessor("prefix", {
    header: "Key",
    cell: (c) => (
      <Link
        href={`${base}/${c.row.original.id}`}
        className="font-mono text-brand-700 hover:underline dark:text-brand-300"
      >
        {c.getValue()}…
      </Link>
    ),
  }),
  column.accessor("description", { header: "Description" }),
  ...(withOrganization ? [column.accessor("organizationName", { header: "Organization" })] : []),
  column.accessor((r) => r.productNames.join(", "), { id: "products", header: "Products" }),
  column.accessor("status", {
    header: "Status",
    cell: (c) => <ProductKeyStatusBadge status={c.getValue()} />,
  }),
  column.accessor(quotaText, { id: "quota", header: "Quota used" }),
  column.accessor((r) => r.tags.join(" "), { id: "tags", header: "Tags" }),
  column.accessor("lastUsedOn", { header: "Last used", cell: (c) => day(c.getValue()) }),
  column.accessor("createdOn", { header: "Created", cell: (c) => day(c.getValue()) }),
];

// Stable column sets (react-table recomputes its models when the columns change identity).
const views = {
  desk: { base: "/product-keys", columns: column.columns(keyColumns("/product-keys", true)) },
  portal: { base: "/portal/keys", columns: column.columns(keyColumns("/portal/keys", false)) },
};

const csvColumns = [
  { header: "prefix", value: (r: ProductKeyRow) => r.prefix },
  { header: "description", value: (r: ProductKeyRow) => r.description },
  { header: "organization", value: (r: ProductKeyRow) => r.organizationName },
  { header: "products", value: (r: ProductKeyRow) => r.productNames.join("; ") },
  { header: "status", value: (r: ProductKeyRow) => r.status },
  { header: "consumedQuota", value: (r: ProductKeyRow) => r.consumedQuota },
  { header: "quota", value: (r: ProductKeyRow) => r.quota },
  { header: "createdOn", value: (r: ProductKeyRow) => r.createdOn },
];

const rowId = (r: ProductKeyRow) => r.id;
const label = (r: ProductKeyRow) => `key ${r.prefix}`;
const testId = (r: ProductKeyRow) => `product-key-${r.prefix}`;

/**
 * The keys of one page of the list, by prefix (never a secret): sorted through the URL, chosen
 * rows exported as CSV, and on the provider's desk disabled or enabled together.
 */
export function ProductKeysTable({
  rows,
  view = "desk",
  sort,
  mayManage = false,
  empty,
}: {
  rows: ProductKeyRow[];
  /** The provider's desk links to /product-keys and names the owner; the portal, its own keys. */
  view?: keyof typeof views;
  sort?: { fields: readonly string[]; current: TableSort | undefined };
  mayManage?: boolean;
  empty: ReactNode;
}) {
  const { base, columns } = views[view];
  return (
    <DataTable
      caption="Product keys"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      rowTestId={testId}
      sort={sort}
      selection={{
        csv: { filename: "product-keys.csv", columns: csvColumns },
        bulk: mayManage ? (chosen, clear) => <BulkKeyStatus keys={chosen} onDone={clear} /> : undefined,
      }}
      rowActions={(r) => (
        <DropdownMenuItem asChild>
          <Link href={`${base}/${r.id}`}>Open key {r.prefix}…</Link>
        </DropdownMenuItem>
      )}
      empty={empty}
    />
  );
}
