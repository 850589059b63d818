import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "./errors";
import { isInDateTimeRange } from "./input/date-time";
import { text } from "./input/text";

/**
 * Keyset pagination position: the sort value (as text: a name, or a date in ISO form) and
 * the id of the last row of a page. Opaque to clients.
 */
export interface Cursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

const invalidCursor = () =>
  new AppError("invalid_input", "The cursor is not valid.", {
    invalidFields: [{ name: "cursor", reason: "is not a cursor this API returned" }],
  });

// A cursor comes back from the client, so it is read as strictly as any other input: its
// value reaches SQL as a parameter (a forged one must not become a database error).
const cursorContent = z.tuple([text(1000, { trim: false }), z.uuid()]);
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function decodeCursor(encoded: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const content = cursorContent.safeParse(parsed);
  if (!content.success) throw invalidCursor();
  const [value, id] = content.data;
  return { value, id };
}

/** A cursor whose value must be an instant, as `toISOString` writes it. */
export function decodeDateCursor(encoded: string): { at: Date; id: string } {
  const { value, id } = decodeCursor(encoded);
  const at = new Date(value);
  if (!isoInstant.test(value) || Number.isNaN(at.getTime()) || !isInDateTimeRange(at)) throw invalidCursor();
  return { at, id };
}

/**
 * The rows after a date cursor in a list ordered by (`at`, `id`) in `direction`: one row
 * comparison, which a btree index on (…, at, id) serves as an index condition.
 */
export function afterDateCursor(
  encoded: string,
  { at, id }: { at: SQLWrapper; id: SQLWrapper },
  direction: "asc" | "desc",
): SQL {
  const position = decodeDateCursor(encoded);
  const row = sql`(${at}, ${id})`;
  const last = sql`(${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`;
  return direction === "asc" ? sql`${row} > ${last}` : sql`${row} < ${last}`;
}

/**
 * One keyset page out of the `limit + 1` rows read for it: the extra row only says that another
 * page follows, whose cursor is the position of this page's last row.
 */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  position: (row: T) => Cursor,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}

/**
 * Pages read separately (one per side of a scope, each ordered by (createdOn, id) in
 * `direction`) merged into one page of `limit` rows in the same order.
 */
export function mergeByCreated<T extends { createdOn: Date; id: string }>(
  pages: T[][],
  limit: number,
  direction: "asc" | "desc",
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return pages
    .flat()
    .sort(
      (a, b) =>
        sign * (a.createdOn.getTime() - b.createdOn.getTime()) ||
        sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}
