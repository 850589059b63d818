import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { epochMillis, isoDateTime } from "./date-time";
import { cursorSchema, emailSchema, uuid } from "./identifiers";
import { flatJsonMap } from "./json-map";
import { changeSequenceSchema, integer, queryInteger } from "./numbers";
import { line, text } from "./text";

const reasons = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("input primitives", () => {
  it("keep NUL and lone surrogates out of text, and control characters out of lines", () => {
    for (const bad of ["a\u0000b", "\ud800", "x\udfffy"]) {
      expect(reasons(text(100), bad), JSON.stringify(bad)).toContain(
        "must be valid Unicode text without NUL characters",
      );
    }
    expect(text(100).parse("two\nlines\tand 💩")).toBe("two\nlines\tand 💩");
    // One reason per value: a NUL is not also reported as a control character.
    expect(reasons(line(100), "a\u0000b")).toEqual(["must be valid Unicode text without NUL characters"]);
    for (const bad of ["a\nb", "\u001b[31m", "a\u2028b"]) {
      expect(reasons(line(100), bad), JSON.stringify(bad)).toContain(
        "must be a single line without control characters",
      );
    }
    expect(line(10, { min: 1 }).parse("  Acme  ")).toBe("Acme");
    expect(reasons(line(10, { min: 1 }), "   ")).toEqual(["is required"]);
    expect(reasons(line(3), "abcd")).toEqual(["must be at most 3 characters"]);
    expect(reasons(text(5), "x".repeat(100_000))).toEqual(["must be at most 5 characters"]);
  });

  it("bound integers by their int4 column", () => {
    expect(integer().parse(2_147_483_647)).toBe(2_147_483_647);
    for (const bad of [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 63, 1.5, Number.NaN, "1"]) {
      expect(integer().safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(reasons(changeSequenceSchema, 0)).toEqual(["must be at least 1"]);
    expect(reasons(changeSequenceSchema, 2 ** 31)).toEqual(["must be at most 2147483647"]);
    expect(queryInteger({ min: 1 }).parse("42")).toBe(42);
    for (const bad of ["2147483648", "NaN", "1.5", "1e400", "abc"]) {
      expect(queryInteger({ min: 1 }).safeParse(bad).success, bad).toBe(false);
    }
  });

  it("take date-times from 1900 to 9999 only, offsets included", () => {
    for (const good of ["1900-01-01T00:00:00Z", "2026-02-28T10:00", "9999-12-31T23:59:59Z"]) {
      expect(isoDateTime().safeParse(good).success, good).toBe(true);
    }
    for (const bad of [
      "0000-01-01T00:00:00Z",
      "1899-12-31T23:59:59Z",
      "9999-12-31T23:59:59-12:00",
      "99999-01-01T00:00:00Z",
      "+275760-09-13T00:00:00Z",
      "2023-02-29T00:00:00Z",
      "yesterday",
    ]) {
      expect(isoDateTime().safeParse(bad).success, bad).toBe(false);
    }
  });

  it("take epoch milliseconds as whole numbers in the same years", () => {
    expect(epochMillis().parse(Date.UTC(2031, 5, 1))).toEqual(new Date("2031-06-01T00:00:00Z"));
    for (const bad of [Date.UTC(1899, 11, 31), Date.UTC(10000, 0, 1), 1.5, 1e20, Number.NaN, "0"]) {
      expect(epochMillis().safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("check ids, emails and cursors by shape", () => {
    expect(uuid().safeParse("7f1c2a4e-8b5d-4c3a-9e2f-1a2b3c4d5e6f").success).toBe(true);
    expect(reasons(uuid(), "7f1c2a4e-8b5d-4c3a-9e2f-1a2b3c4d5e6f\u0000")).toEqual(["must be a UUID"]);
    expect(emailSchema.parse("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(emailSchema.safeParse("ada\u0000@example.com").success).toBe(false);
    expect(cursorSchema.safeParse("WyJhIiwiYiJd").success).toBe(true);
    expect(cursorSchema.safeParse("not a cursor!").success).toBe(false);
  });

  it("keep JSON maps flat, bounded and free of prototype keys", () => {
    const map = flatJsonMap({ maxEntries: 2, keyMax: 10, valueMax: 5 });
    expect(map.parse({ a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
    expect(map.safeParse({ a: { nested: true } }).success).toBe(false);
    expect(map.safeParse({ a: 1, b: 2, c: 3 }).success).toBe(false);
    expect(map.safeParse({ a: "123456" }).success).toBe(false);
    expect(map.safeParse({ a: "\u0000" }).success).toBe(false);
    for (const key of ["constructor", "prototype"]) {
      expect(map.safeParse(JSON.parse(`{"${key}": "x"}`)).success, key).toBe(false);
    }
    // zod itself drops `__proto__` (JSON.parse makes it an own key) instead of assigning it.
    const parsed = map.parse(JSON.parse('{"__proto__": {"polluted": true}, "a": "x"}'));
    expect(Object.keys(parsed)).toEqual(["a"]);
    expect((parsed as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
