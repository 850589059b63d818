import { AppError } from "./errors";

/** Keyset pagination position: the sort timestamp and id of the last row of a page. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError("invalid_input", "The cursor is not valid.", {
      invalidFields: [{ name: "cursor", reason: "is not a cursor this API returned" }],
    });
  }
  return { at: date, id };
}
