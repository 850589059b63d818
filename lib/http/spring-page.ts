import { z } from "zod";
import { queryInteger } from "@/lib/input/numbers";
import type { ListTotal } from "@/lib/list-total";

/** The furthest page: deeper offsets only make the database skip rows, never find more. */
const maxPage = 100_000;

/**
 * Spring Data's `Page`, the list shape of Kodexa's API: `page` is 0-based, `sort` reads
 * `field,asc` or `field,desc`.
 */
export const springPageQuerySchema = z.object({
  page: queryInteger({ min: 0, max: maxPage }).default(0),
  size: queryInteger({ min: 1, max: 200 }).default(20),
  sort: z
    .string()
    .max(100, "must be at most 100 characters")
    .regex(/^\w+(,(asc|desc))?$/i, "must read field,asc or field,desc")
    .optional(),
});
export type SpringPageQuery = z.output<typeof springPageQuerySchema>;

export function parseSort<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
  fallback: F,
): { field: F; direction: "asc" | "desc" } {
  const [field, direction] = (sort ?? "").split(",");
  return {
    field: allowed.includes(field as F) ? (field as F) : fallback,
    direction: direction?.toLowerCase() === "desc" ? "desc" : "asc",
  };
}

const sortSchema = z.object({ empty: z.boolean(), sorted: z.boolean(), unsorted: z.boolean() });

export const springPageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    content: z.array(item),
    first: z.boolean(),
    last: z.boolean(),
    number: z.number().int(),
    numberOfElements: z.number().int(),
    pageable: z.object({
      offset: z.number().int(),
      pageNumber: z.number().int(),
      pageSize: z.number().int(),
      paged: z.boolean(),
      unpaged: z.boolean(),
      sort: sortSchema,
    }),
    size: z.number().int(),
    sort: sortSchema,
    totalElements: z
      .number()
      .int()
      .describe(
        "How many items match. Exact up to 10,000 (1,000 when the list is searched by text); above that the database planner's estimate (see totalElementsEstimated), so a page over a million rows never counts them all.",
      ),
    totalElementsEstimated: z
      .boolean()
      .describe("True when totalElements (and totalPages) is the planner's estimate, not an exact count."),
    totalPages: z.number().int(),
    empty: z.boolean(),
  });

export function toSpringPage<T>(content: T[], query: SpringPageQuery, total: number | ListTotal) {
  const { count: totalElements, estimated } =
    typeof total === "number" ? { count: total, estimated: false } : total;
  const sort = { empty: !query.sort, sorted: !!query.sort, unsorted: !query.sort };
  const totalPages = Math.ceil(totalElements / query.size);
  return {
    content,
    first: query.page === 0,
    // An estimate may be short or long: only a page that came back short is surely the last.
    last: estimated ? content.length < query.size : query.page >= totalPages - 1,
    number: query.page,
    numberOfElements: content.length,
    pageable: {
      offset: query.page * query.size,
      pageNumber: query.page,
      pageSize: query.size,
      paged: true,
      unpaged: false,
      sort,
    },
    size: query.size,
    sort,
    totalElements,
    totalElementsEstimated: estimated,
    totalPages,
    empty: content.length === 0,
  };
}
