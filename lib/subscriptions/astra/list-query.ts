import { AppError } from "@/lib/errors";
import { isoDateTime } from "@/lib/input/date-time";
import { int4 } from "@/lib/input/numbers";
import { line } from "@/lib/input/text";
import { toMinorUnits } from "@/lib/money";
import { parseUtc } from "@/lib/dates";
import type { FieldKind } from "./astra-fields";
import { AstraProblemError } from "./astra-problems";

/**
 * Astra's list parameters, read strictly: `filter` is `field op 'value'` clauses joined with
 * `and` (op: eq, lt, gt, lte, gte; a quote inside a value is doubled; numbers may go bare),
 * `orderBy` is `field [asc|desc]` keys separated by commas, `include` a list of field names.
 * Every mistake is a 400 naming the parameter (problem 5, `invalidParams`).
 */
export type Operator = "eq" | "lt" | "gt" | "lte" | "gte";
export interface Clause {
  field: string;
  op: Operator;
  /** Text, a whole number, cents, or an ISO instant — by the field's kind. */
  value: string | number;
}
export interface OrderKey {
  field: string;
  direction: "asc" | "desc";
}

export const invalidParam = (name: string, reason: string) =>
  new AppError("invalid_input", "The supplied query parameters are invalid.", {
    invalidFields: [{ name, reason }],
  });

const textValue = line(1000);

/** A filter value as the field's kind reads it, or why it cannot be one. */
export function fieldValue(kind: FieldKind, raw: string): string | number {
  switch (kind) {
    case "number": {
      const n = /^-?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
      if (!(n >= int4.min && n <= int4.max)) throw new Error("must be a whole number");
      return n;
    }
    case "money": {
      const cents = toMinorUnits(raw, 2);
      if (cents === undefined) throw new Error("must be an amount in dollars such as 19.99");
      return cents;
    }
    case "timestamp":
      if (!isoDateTime().safeParse(raw).success) throw new Error("must be an ISO date-time");
      return parseUtc(raw).toISOString();
    case "text":
      if (!textValue.safeParse(raw).success) throw new Error("must be one line of at most 1000 characters");
      return raw;
  }
}

const clausePattern =
  /\s*([A-Za-z][\w.]*)\s+(eq|lt|gt|lte|gte)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?)\s*(?:$|and\s+)/y;

export function parseFilter(text: string, kinds: Record<string, FieldKind>): Clause[] {
  const clauses: Clause[] = [];
  clausePattern.lastIndex = 0;
  while (clausePattern.lastIndex < text.length) {
    const start = clausePattern.lastIndex;
    const match = clausePattern.exec(text);
    if (!match) {
      throw invalidParam(
        "filter",
        `cannot read "${text.slice(start, start + 40)}": write clauses such as terms eq 'paid', joined with and`,
      );
    }
    const [, field, op, literal] = match as unknown as [string, string, Operator, string];
    const kind = kinds[field];
    if (!kind) throw invalidParam("filter", `${field} is not a field a list can filter by`);
    const raw = literal.startsWith("'") ? literal.slice(1, -1).replaceAll("''", "'") : literal;
    try {
      clauses.push({ field, op, value: fieldValue(kind, raw) });
    } catch (error) {
      throw invalidParam("filter", `${field}: ${(error as Error).message}`);
    }
    if (clauses.length > 20) throw invalidParam("filter", "at most 20 clauses");
    if (match[0].trimEnd().endsWith("and") && clausePattern.lastIndex >= text.length) {
      throw invalidParam("filter", "ends with and");
    }
  }
  return clauses;
}

export function parseOrderBy(text: string, kinds: Record<string, FieldKind>): OrderKey[] {
  const keys = text.split(",").map((part): OrderKey => {
    const [field = "", direction = "asc", ...rest] = part.trim().split(/\s+/);
    if (!kinds[field]) {
      throw invalidParam("orderBy", `${field || "(empty)"} is not a field a list can sort by`);
    }
    if (rest.length || (direction !== "asc" && direction !== "desc")) {
      throw invalidParam("orderBy", "write field, field asc or field desc");
    }
    return { field, direction };
  });
  if (keys.length > 5) throw invalidParam("orderBy", "at most 5 fields");
  if (new Set(keys.map((k) => k.field)).size < keys.length) {
    throw invalidParam("orderBy", "names a field twice");
  }
  return keys;
}

export function parseInclude(text: string, names: readonly string[]): string[] {
  const fields = text.split(",").map((name) => name.trim());
  const unknown = fields.find((name) => !names.includes(name));
  if (unknown !== undefined) {
    throw invalidParam("include", `${unknown || "(empty)"} is not a field of a subscription`);
  }
  if (fields.length > names.length) throw invalidParam("include", "names too many fields");
  return fields;
}

/** Parameters the list does not know are refused (problem 6), not silently ignored. */
export function rejectUnsupportedParameters(names: Iterable<string>, supported: readonly string[]): void {
  const unsupported = [...new Set(names)].filter((name) => !supported.includes(name));
  if (unsupported.length) {
    throw new AstraProblemError(
      6,
      unsupported.map((name) => ({ name: name.slice(0, 100), reason: "is not a parameter of this list" })),
    );
  }
}
