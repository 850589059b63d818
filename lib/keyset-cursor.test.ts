import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { decodeCursor, decodeDateCursor, encodeCursor, keysetPage, mergeByCreated } from "./keyset-cursor";

const id = "7f1c2a4e-8b5d-4c3a-9e2f-1a2b3c4d5e6f";
const forge = (content: unknown) => Buffer.from(JSON.stringify(content)).toString("base64url");

const refusal = (decode: () => unknown) => {
  try {
    decode();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.invalidFields } : error;
  }
  return "accepted";
};

describe("keyset cursors", () => {
  it("read back what they wrote", () => {
    expect(decodeCursor(encodeCursor({ value: "acme", id }))).toEqual({ value: "acme", id });
    const at = new Date("2026-03-01T10:00:00.123Z");
    expect(decodeDateCursor(encodeCursor({ value: at.toISOString(), id }))).toEqual({ at, id });
  });

  it("refuse forged ones as a 400 naming the cursor, never a database error", () => {
    const invalid = { code: "invalid_input", fields: [{ name: "cursor", reason: expect.any(String) }] };
    for (const forged of [
      "!!!",
      "eyJ",
      forge({ value: "a", id }),
      forge(["a", "not-a-uuid"]),
      forge(["a\u0000", id]),
      forge([1, id]),
    ]) {
      expect(
        refusal(() => decodeCursor(forged)),
        forged,
      ).toEqual(invalid);
    }
    for (const value of [
      "not a date",
      "0000-01-01T00:00:00.000Z",
      "+275760-09-13T00:00:00.000Z",
      "2026-03-01",
    ]) {
      expect(
        refusal(() => decodeDateCursor(forge([value, id]))),
        value,
      ).toEqual(invalid);
    }
  });
});

describe("merging the two sides of a scoped list", () => {
  const row = (id: string, at: string) => ({ id, createdOn: new Date(at) });
  const subscribed = [row("b", "2026-01-03T00:00:00Z"), row("a", "2026-01-01T00:00:00Z")];
  const provided = [row("c", "2026-01-03T00:00:00Z"), row("d", "2026-01-02T00:00:00Z")];

  it("keeps newest first, ties broken by id, and cuts at the limit", () => {
    expect(mergeByCreated([subscribed, provided], 3, "desc").map((r) => r.id)).toEqual(["c", "b", "d"]);
  });

  it("keeps oldest first when the table asks for it", () => {
    const oldestFirst = [[...subscribed].reverse(), [...provided].reverse()];
    expect(mergeByCreated(oldestFirst, 3, "asc").map((r) => r.id)).toEqual(["a", "d", "b"]);
  });
});

describe("a keyset page", () => {
  const rows = ["a", "b", "c"].map((value) => ({ value, id }));
  const position = (row: { value: string; id: string }) => row;

  it("ends the list when no row was read beyond the limit", () => {
    expect(keysetPage(rows, 3, position)).toEqual({ page: rows, nextCursor: null });
    expect(keysetPage([], 3, position)).toEqual({ page: [], nextCursor: null });
  });

  it("points past its last row when one more was read", () => {
    const { page, nextCursor } = keysetPage(rows, 2, position);
    expect(page).toEqual(rows.slice(0, 2));
    expect(decodeCursor(nextCursor!)).toEqual({ value: "b", id });
  });
});
