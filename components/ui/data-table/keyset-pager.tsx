import { nextKeysetPage } from "@/lib/input/table-query";
import { TablePager } from "./table-pager";

/**
 * The pager under a keyset list: "21–40 of N" from the list's total (counted, estimated or
 * capped as the domain answered it) and the next page from the page's cursor. Nothing when the
 * page is empty (the table's empty state says so).
 */
export function KeysetPager({
  table,
  page,
  total,
  nouns: [one, many],
}: {
  table: { from: number; size: number };
  page: { items: unknown[]; nextCursor: string | null };
  total: { count: number; estimated?: boolean; capped?: boolean };
  nouns: [one: string, many: string];
}) {
  if (page.items.length === 0) return null;
  return (
    <TablePager
      from={table.from}
      shown={page.items.length}
      total={total.count}
      estimated={total.estimated}
      capped={total.capped}
      size={table.size}
      noun={total.count === 1 ? one : many}
      next={nextKeysetPage(table.from, page)}
    />
  );
}
