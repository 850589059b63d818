"use client";

import { useTable, type RowData, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Table, Td } from "@/components/ui/table";
import type { TableSort } from "@/lib/input/table-query";
import type { CsvColumn } from "./csv-download";
import { columnsFor, tableFeatures, type TableColumn } from "./features";
import { RowActions } from "./row-actions";
import { useTableUrl } from "./use-table-url";

export interface DataTableProps<Row extends RowData> {
  caption: string;
  rows: Row[];
  columns: TableColumn<Row>[];
  rowId: (row: Row) => string;
  /** How a row is named to screen readers: its checkbox and its action menu. */
  rowLabel: (row: Row) => string;
  rowTestId?: (row: Row) => string;
  /**
   * The URL's sort and the column ids it may name: the domain list's sort fields. "server": the
   * page reads the rows in that order; "client": every row is on the page, sorted here.
   */
  sort?: { fields: readonly string[]; current: TableSort | undefined; mode?: "server" | "client" };
  /** Checkboxes, and what may be done with the chosen rows. */
  selection?: {
    bulk?: (chosen: Row[], clear: () => void) => ReactNode;
    csv?: { filename: string; columns: CsvColumn<Row>[] };
  };
  /** The items of a row's action menu; a row with none has no menu. */
  rowActions?: (row: Row) => ReactNode;
  /** Shown instead of an empty table. */
  empty: ReactNode;
}

const ariaSort = (direction: "asc" | "desc" | false) =>
  direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none";

function useColumns<Row extends RowData>({ columns, rowLabel, selection, rowActions }: DataTableProps<Row>) {
  return useMemo(() => {
    const column = columnsFor<Row>();
    const select = column.display({
      id: "select",
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="Select every row on this page"
          checked={table.getIsAllRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select ${rowLabel(row.original)}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    });
    const actions = column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => {
        const items = rowActions?.(row.original);
        return items ? <RowActions label={rowLabel(row.original)}>{items}</RowActions> : null;
      },
    });
    return [
      ...(selection ? [select] : []),
      ...columns,
      ...(rowActions ? [actions] : []),
    ] as TableColumn<Row>[];
  }, [columns, rowLabel, selection, rowActions]);
}

/**
 * Every list's table: headers that sort through the URL (only by the fields the domain list
 * sorts by), row checkboxes with bulk actions and a CSV of the chosen rows, a menu per row, and
 * horizontal scrolling when the screen is narrower than the columns.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { caption, rows, rowId, rowTestId, sort, selection, empty } = props;
  const { replace } = useTableUrl();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting: SortingState = sort?.current
    ? [{ id: sort.current.field, desc: sort.current.direction === "desc" }]
    : [];
  const table = useTable({
    features: tableFeatures,
    columns: useColumns(props),
    data: rows,
    getRowId: rowId,
    state: { rowSelection, sorting },
    onRowSelectionChange: setRowSelection,
    manualSorting: sort?.mode !== "client",
  });
  if (!rows.length) return <>{empty}</>;
  const chosen = rows.filter((row) => rowSelection[rowId(row)]);
  const clear = () => setRowSelection({});
  const sortable = (id: string) => sort?.fields.includes(id) ?? false;
  const toggle = (id: string) => {
    const direction = sort?.current?.field === id && sort.current.direction === "asc" ? "desc" : "asc";
    replace({ sort: `${id}.${direction}` });
  };
  return (
    <div className="space-y-3">
      {selection && (
        <div role="group" aria-label="Chosen rows" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {chosen.length ? `${chosen.length} chosen` : "Choose rows to act on several at once."}
          </span>
          {selection.bulk?.(chosen, clear)}
          {selection.csv && (
            <Button
              variant="secondary"
              disabled={!chosen.length}
              // papaparse loads on the first export, not with every list page.
              onClick={() =>
                void import("./csv-download").then(({ downloadText, selectionCsv }) =>
                  downloadText(selection.csv!.filename, selectionCsv(chosen, selection.csv!.columns)),
                )
              }
            >
              Export chosen (CSV)
            </Button>
          )}
        </div>
      )}
      <Table caption={caption}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const direction = sort?.current?.field === id ? sort.current.direction : false;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sortable(id) ? ariaSort(direction) : undefined}
                    className="whitespace-nowrap bg-zinc-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400"
                  >
                    {sortable(id) ? (
                      <button
                        type="button"
                        onClick={() => toggle(id)}
                        className="inline-flex items-center gap-1 uppercase hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:text-zinc-100"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden>
                          {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
                        </span>
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
            <tr
              key={row.id}
              data-testid={rowTestId?.(row.original)}
              aria-selected={selection ? row.getIsSelected() : undefined}
            >
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
