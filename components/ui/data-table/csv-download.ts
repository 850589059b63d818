import Papa from "papaparse";
import { spreadsheetSafe } from "@/lib/csv";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/** The chosen rows as CSV text, each cell guarded the way the server's exports guard theirs. */
export function selectionCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  return Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => spreadsheetSafe(c.value(row)))),
    },
    { newline: "\r\n" },
  );
}

/** Hands the browser a file to save, without a round trip: the rows are already on screen. */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // After the click has handed the file over, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
