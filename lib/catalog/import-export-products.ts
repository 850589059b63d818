import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { csvLine } from "@/lib/csv";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import {
  csvRecordToProductInput,
  productCsvColumns,
  productToCsvCells,
  type ImportRowResult,
} from "./product-csv";
import { pageProducts } from "./product-reads";
import { importRowsSchema } from "./schemas";
import { createProduct } from "./product-writes";

/**
 * Imports rows of a product CSV. Each row is created in its own transaction, so a bad row is
 * reported with its errors and leaves nothing behind while the good rows go in.
 */
export async function importProductRows({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<ImportRowResult[]> {
  const { rows } = parseInput(importRowsSchema, input);
  const results: ImportRowResult[] = [];
  for (const { line, record } of rows) {
    try {
      const product = await createProduct({ actor, input: csvRecordToProductInput(record) });
      results.push({ line, status: "created", id: product.id, name: product.name });
    } catch (error) {
      // Not being allowed is no fault of a row: it stops the whole import.
      if (!isAppError(error) || error.code === "forbidden") throw error;
      const errors = error.invalidFields.length
        ? error.invalidFields
        : [{ name: "(row)", reason: error.message }];
      results.push({ line, status: "invalid", errors });
    }
  }
  return results;
}

/** The filtered product list as CSV, page by page, in the columns the import reads. */
export async function* exportProductsCsv({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): AsyncGenerator<string> {
  yield csvLine(productCsvColumns);
  for (let page = 0; ; page++) {
    const batch = await pageProducts({ actor, filter, page: { page, size: 200 } });
    for (const product of batch.content) yield csvLine(productToCsvCells(product));
    if (batch.last || batch.content.length === 0) return;
  }
}
