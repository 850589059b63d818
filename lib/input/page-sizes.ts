/**
 * The page sizes a list offers, the first being the default. Apart from table-query.ts (whose
 * schema pulls zod) so that the pager in the browser can offer them without it.
 */
export const pageSizes = [20, 50, 100] as const;
export const defaultPageSize = pageSizes[0];
