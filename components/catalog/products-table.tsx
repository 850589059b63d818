"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { TableSort } from "@/lib/input/table-query";

/** What the editor's list shows of a product; the price arrives formatted in its currency. */
export interface ProductRow {
  id: string;
  name: string;
  promoted: boolean;
  group: string | null;
  price: string;
  productStatus: string;
  active: boolean;
  archived: boolean;
  createdOn: string;
}

const column = columnsFor<ProductRow>();
const columns = column.columns([
  column.accessor("name", {
    header: "Product",
    cell: (c) => (
      <>
        <Link
          href={`/catalog/products/${c.row.original.id}`}
          className="font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          {c.getValue()}
        </Link>
        {c.row.original.promoted && (
          <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">★ promoted</span>
        )}
      </>
    ),
  }),
  column.accessor("group", { header: "Group", cell: (c) => c.getValue() ?? "—" }),
  column.accessor("price", { header: "Price" }),
  column.accessor("productStatus", {
    header: "Status",
    cell: (c) => (
      <span className="space-x-1">
        <Badge tone={c.getValue() === "PUBLISHED" ? "green" : "neutral"}>{c.getValue().toLowerCase()}</Badge>
        {!c.row.original.active && <Badge tone="red">inactive</Badge>}
        {c.row.original.archived && <Badge>archived</Badge>}
      </span>
    ),
  }),
  column.accessor("createdOn", { header: "Created", cell: (c) => c.getValue().slice(0, 10) }),
]);

const csvColumns = [
  { header: "id", value: (p: ProductRow) => p.id },
  { header: "name", value: (p: ProductRow) => p.name },
  { header: "group", value: (p: ProductRow) => p.group ?? "" },
  { header: "price", value: (p: ProductRow) => p.price },
  { header: "productStatus", value: (p: ProductRow) => p.productStatus },
  { header: "active", value: (p: ProductRow) => String(p.active) },
  { header: "archived", value: (p: ProductRow) => String(p.archived) },
  { header: "createdOn", value: (p: ProductRow) => p.createdOn },
];

const rowId = (p: ProductRow) => p.id;
const label = (p: ProductRow) => p.name;
const testId = (p: ProductRow) => `product-${p.id}`;

/** The catalog editor's products, sorted through the URL; chosen rows export as CSV. */
export function ProductsTable({
  rows,
  sort,
  empty,
}: {
  rows: ProductRow[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Products"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      rowTestId={testId}
      sort={sort}
      selection={{ csv: { filename: "products.csv", columns: csvColumns } }}
      rowActions={(p) => (
        <>
          <DropdownMenuItem asChild>
            <Link href={`/catalog/products/${p.id}`}>Open</Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/catalog/products/${p.id}?tab=plans`}>Edit plans</Link>
          </DropdownMenuItem>
        </>
      )}
      empty={empty}
    />
  );
}
