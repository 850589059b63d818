import {
  createColumnHelper,
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures as defineFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

/** The features every list table has: header sorting (on the server or over the rows) and selection. */
export const tableFeatures = defineFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
});
export type TableFeatures = typeof tableFeatures;
export type TableColumn<Row extends RowData> = ColumnDef<TableFeatures, Row, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each column has its own value type

/** Columns for one list's rows; define them once at module level (a new identity recomputes the table). */
export const columnsFor = <Row extends RowData>() => createColumnHelper<TableFeatures, Row>();
