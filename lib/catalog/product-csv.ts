import type { ProductInput, ProductView } from "./schemas";

/** The columns of a product CSV, export and import alike, so an export can be imported again. */
export const productCsvColumns = [
  "name",
  "description",
  "detailedDescription",
  "overviewMarkdown",
  "imageUrl",
  "price",
  "currency",
  "priceSuffix",
  "priceId",
  "numberOfCredits",
  "hasQuantity",
  "order",
  "promoted",
  "active",
  "productGroupId",
  "productStatus",
  "publiclyAvailable",
  "supportMultiplePlans",
  "colour",
  "accessExchangeType",
  "providerOrganizationId",
] as const;

const booleans = new Set(["hasQuantity", "promoted", "active", "publiclyAvailable", "supportMultiplePlans"]);
const integers = new Set(["order", "numberOfCredits"]);
const truthy = new Set(["true", "yes", "1", "y"]);
const falsy = new Set(["false", "no", "0", "n"]);

export function productToCsvCells(product: ProductView): (string | number | boolean | null)[] {
  return productCsvColumns.map((column) => product[column]);
}

/**
 * A CSV record → the API's product input. Text that is not a boolean or a number where one
 * belongs is passed through as text, so validation names the field instead of guessing.
 * Empty cells mean "not given" (the default applies).
 */
export function csvRecordToProductInput(record: Record<string, string>): ProductInput {
  const input: Record<string, unknown> = {};
  for (const column of productCsvColumns) {
    const raw = (record[column] ?? "").trim();
    if (raw === "") continue;
    const lower = raw.toLowerCase();
    if (booleans.has(column)) input[column] = truthy.has(lower) ? true : falsy.has(lower) ? false : raw;
    else if (integers.has(column)) input[column] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    else input[column] = raw;
  }
  return input as ProductInput;
}

export type ImportRowResult =
  | { line: number; status: "created"; id: string; name: string }
  | { line: number; status: "invalid"; errors: { name: string; reason: string }[] };
