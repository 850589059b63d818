"use client";

import { useState } from "react";
import { importProductsAction } from "@/app/(app)/catalog/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { productCsvColumns, type ImportRowResult } from "@/lib/catalog/product-csv";

const batchSize = 25;

/**
 * Imports a product CSV in batches, showing progress and a report per row. The server
 * validates every row again and creates each in its own transaction.
 */
export function ProductImport() {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<ImportRowResult[]>([]);
  const [error, setError] = useState<string>();

  const run = async () => {
    if (!file) return setError("Choose a CSV file first.");
    // The CSV parser (papaparse) loads with the first import, not with the page.
    const { csvRecords } = await import("@/lib/csv");
    const { header, rows, errors } = csvRecords(await file.text());
    if (!header.includes("name"))
      return setError(`The first row must name the columns, e.g. ${productCsvColumns.slice(0, 6).join(",")}`);
    setError(undefined);
    // Lines the file itself garbles (an unclosed quote) are reported like rows the server refuses.
    setReport(
      errors.map(({ line, message }) => ({
        line,
        status: "invalid",
        errors: [{ name: "(row)", reason: message }],
      })),
    );
    setProgress({ done: 0, total: rows.length });
    for (let start = 0; start < rows.length; start += batchSize) {
      const result = await importProductsAction({ rows: rows.slice(start, start + batchSize) });
      if (result.status !== "success") {
        setError(result.message);
        break;
      }
      setReport((previous) => [...previous, ...result.data].sort((a, b) => a.line - b.line));
      setProgress({ done: Math.min(start + batchSize, rows.length), total: rows.length });
    }
  };

  const created = report.filter((r) => r.status === "created").length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Columns: <code className="text-xs">{productCsvColumns.join(", ")}</code>. Only <code>name</code> is
        required; an export from the catalog imports as is.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Button onClick={() => void run()} disabled={!!progress && progress.done < progress.total}>
          Import
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      {progress && (
        <div>
          <progress
            className="w-full"
            max={progress.total}
            value={progress.done}
            aria-label="Import progress"
          />
          <p role="status" className="text-sm">
            {progress.done} of {progress.total} rows · {created} imported · {report.length - created} with
            errors
          </p>
        </div>
      )}
      {report.length > 0 && (
        <Table caption="Import report">
          <thead>
            <tr>
              <Th>Line</Th>
              <Th>Result</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {report.map((row) => (
              <tr key={row.line} data-testid={`import-line-${row.line}`}>
                <Td>{row.line}</Td>
                <Td>
                  {row.status === "created" ? (
                    <>
                      <Badge tone="green">imported</Badge> {row.name}
                    </>
                  ) : (
                    <>
                      <Badge tone="red">not imported</Badge>{" "}
                      {row.errors.map((e) => `${e.name}: ${e.reason}`).join("; ")}
                    </>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
