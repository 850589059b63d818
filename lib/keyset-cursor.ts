import { AppError } from "./errors";

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

export function decodeCursor(encoded: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the same answer as any other unusable cursor.
  }
  throw invalidCursor();
}

/** A cursor whose value must be a date. */
export function decodeDateCursor(encoded: string): { at: Date; id: string } {
  const { value, id } = decodeCursor(encoded);
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { at, id };
}
