"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
  useTable,
  type SortDirection,
} from "@tanstack/react-table";
import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import { day } from "@/components/subscriptions/format";
import type { ProductKeyStatus } from "@/lib/product-keys/product-key-schemas";
import { ProductKeyStatusBadge } from "./status-badge";

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

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
});
const column = createColumnHelper<typeof features, ProductKeyRow>();
const used = (r: ProductKeyRow) => (r.quota ? r.consumedQuota / r.quota : -1);

const keyColumns = (base: string, withOrganization: boolean) => [
  column.accessor("prefix", {
    header: "Key",
    cell: (c) => (
      <Link href={`${base}/${c.row.original.id}`} className="font-mono text-brand-600 hover:underline">
        {c.getValue()}…
      </Link>
    ),
  }),
  column.accessor("description", { header: "Description", sortFn: "alphanumeric" }),
  ...(withOrganization
    ? [column.accessor("organizationName", { header: "Organization", sortFn: "alphanumeric" })]
    : []),
  column.accessor((r) => r.productNames.join(", "), { id: "products", header: "Products" }),
  column.accessor("status", {
    header: "Status",
    cell: (c) => <ProductKeyStatusBadge status={c.getValue()} />,
  }),
  column.accessor(used, {
    id: "quota",
    header: "Quota used",
    sortFn: "basic",
    cell: ({ row: { original: r } }) =>
      r.quota === null
        ? `${r.consumedQuota.toLocaleString("en")} / unlimited`
        : `${r.consumedQuota.toLocaleString("en")} / ${r.quota.toLocaleString("en")}`,
  }),
  column.accessor((r) => r.tags.join(" "), { id: "tags", header: "Tags", enableSorting: false }),
  column.accessor("lastUsedOn", { header: "Last used", cell: (c) => day(c.getValue()) }),
  column.accessor("createdOn", { header: "Created", cell: (c) => day(c.getValue()) }),
];

// Stable column sets (react-table recomputes its models when the columns change identity).
const views = {
  desk: column.columns(keyColumns("/product-keys", true)),
  portal: column.columns(keyColumns("/portal/keys", false)),
};

const ariaSort = (sorted: false | SortDirection) =>
  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";

/**
 * The keys of one page of the list. Headers sort the rows on this page (the URL's filters and
 * cursor choose the page); each sortable header is a button that says its order to screen readers.
 */
export function ProductKeysTable({
  rows,
  view = "desk",
}: {
  rows: ProductKeyRow[];
  /** The provider's desk links to /product-keys and names the owner; the portal, its own keys. */
  view?: keyof typeof views;
}) {
  const table = useTable({ features, columns: views[view], data: rows, getRowId: (r) => r.id });
  if (!rows.length) return <p className="text-sm text-zinc-500">No product keys match.</p>;
  return (
    <Table caption="Product keys">
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
          <tr key={row.id} data-testid={`product-key-${row.original.prefix}`}>
            {row.getAllCells().map((cell) => (
              <Td key={cell.id}>
                <table.FlexRender cell={cell} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
