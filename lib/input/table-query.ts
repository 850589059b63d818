import { z } from "zod";
import { queryInteger } from "./numbers";
import { defaultPageSize, pageSizes } from "./page-sizes";

/**
 * What a list page's table keeps in the URL besides its filters: the sort (`?sort=name.asc`),
 * the page size (`?size=50`) and the position of the page's first row (`?from=21`, for the
 * "21–40 of N" line; keyset lists cannot compute it from their cursor). The sortable fields are
 * the domain list's own, so a header never offers an order the query cannot give.
 */
export const sortDirections = ["asc", "desc"] as const;
export type SortDirection = (typeof sortDirections)[number];
export interface TableSort<F extends string = string> {
  field: F;
  direction: SortDirection;
}

const tableParams = ["sort", "size", "from"] as const;

export function tableQuerySchema<F extends string>(sortFields: readonly [F, ...F[]]) {
  return z.object({
    sort: z
      .string()
      .regex(/^\w{1,50}\.(asc|desc)$/, "must be a field, a dot and asc or desc")
      .transform((value) => {
        const [field, direction] = value.split(".");
        return { field, direction };
      })
      .pipe(
        z.object({
          field: z.enum(sortFields, "is not a sortable column"),
          direction: z.enum(sortDirections),
        }),
      )
      .optional(),
    size: queryInteger({ min: 1, max: 100 })
      .refine((n) => (pageSizes as readonly number[]).includes(n), `must be one of ${pageSizes.join(", ")}`)
      .default(defaultPageSize),
    from: queryInteger({ min: 1, max: 1_000_000 }).default(1),
  });
}

/**
 * Splits a page's URL parameters into the table's (validated) and the rest (the filters, for
 * the domain's own schema). A hand-edited value the table cannot use falls back to its
 * default and sets `invalid`, so the page says so instead of failing.
 */
export function readTableQuery<F extends string>(
  params: Record<string, string>,
  sortFields: readonly [F, ...F[]],
): {
  sort: TableSort<F> | undefined;
  size: number;
  from: number;
  filters: Record<string, string>;
  invalid: boolean;
} {
  const filters = Object.fromEntries(
    Object.entries(params).filter(([key]) => !(tableParams as readonly string[]).includes(key)),
  );
  const schema = tableQuerySchema(sortFields);
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ...parsed.data, sort: parsed.data.sort, filters, invalid: false };
  // Keep whichever of the three were valid on their own.
  const sort = schema.shape.sort.safeParse(params.sort);
  const size = schema.shape.size.safeParse(params.size);
  const from = schema.shape.from.safeParse(params.from);
  return {
    sort: sort.success ? sort.data : undefined,
    size: size.success ? size.data : defaultPageSize,
    from: from.success ? from.data : 1,
    filters,
    invalid: true,
  };
}

/**
 * A keyset list page's query, from its URL: the table's sort and page size put into the domain's
 * list schema with the filters (and the cursor). Values that schema refuses (a hand-edited URL)
 * give the first page unfiltered, and `invalid` for the page to say so instead of failing.
 */
export function readListQuery<F extends string, S extends z.ZodType>(
  params: Record<string, string>,
  sortFields: readonly [F, ...F[]],
  schema: S,
) {
  const table = readTableQuery(params, sortFields);
  const parsed = schema.safeParse({
    ...table.filters,
    sort: table.sort?.field,
    direction: table.sort?.direction,
    limit: table.size,
  });
  return {
    table,
    query: parsed.success ? parsed.data : schema.parse({ limit: table.size }),
    /** The URL's filters, when the schema took them (the ones the query applies). */
    filters: parsed.success ? table.filters : {},
    invalid: !parsed.success || table.invalid,
  };
}

/** The table's own parameters, for a filter form to carry through Apply (see FilterForm's `keep`). */
export const keptTableParams = ({ sort, size }: { sort: TableSort | undefined; size: number }) => ({
  sort: sort && `${sort.field}.${sort.direction}`,
  size,
});

/** The parameters that open a keyset list's next page (TablePager's `next`): null on the last. */
export const nextKeysetPage = (from: number, page: { items: unknown[]; nextCursor: string | null }) =>
  page.nextCursor ? { cursor: page.nextCursor, from: String(from + page.items.length) } : null;
