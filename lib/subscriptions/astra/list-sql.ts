import { and, or, sql, type SQL } from "drizzle-orm";
import { astraFields, sqlValue, type AstraField } from "./astra-fields";
import type { Position } from "./continue-token";
import type { Clause, OrderKey } from "./list-query";

// The list's parameters as SQL over the fields' expressions (see astra-fields.ts).

const operators = { eq: "=", lt: "<", gt: ">", lte: "<=", gte: ">=" } as const;

/** One filter clause; the value goes in as a parameter of the field's type. */
export function filterSql({ field, op, value }: Clause): SQL {
  const { kind, expression } = astraFields[field]!;
  return sql`${expression} ${sql.raw(operators[op])} ${sqlValue(kind, value)}`;
}

export type SortKey = OrderKey & AstraField;

/** After the position, in the list's order: (a > x) or (a = x and b > y) or … per key direction. */
export function afterSql(keys: SortKey[], position: Position): SQL | undefined {
  const value = (i: number) => sqlValue(keys[i]!.kind, position[i]!);
  return or(
    ...keys.map((key, i) =>
      and(
        ...keys.slice(0, i).map((earlier, j) => sql`${earlier.expression} = ${value(j)}`),
        sql`${key.expression} ${sql.raw(key.direction === "asc" ? ">" : "<")} ${value(i)}`,
      ),
    ),
  );
}
