import fc from "fast-check";

const forgedCursor = (content: unknown) => Buffer.from(JSON.stringify(content)).toString("base64url");
const someId = "7f1c2a4e-8b5d-4c3a-9e2f-1a2b3c4d5e6f";

/** Strings an attacker tries first: what databases, parsers and dates choke on. */
export const hostileStrings: string[] = [
  "\u0000",
  "a\u0000b",
  "%00",
  "\ud800",
  "x\udfffy",
  "",
  " ",
  "\r\n",
  "\t\u0007\u001b[31m",
  "\u202e\ufeff\u200b",
  "e\u0301\u{1F4A9}\u{10FFFF}",
  "%zz",
  "%",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\\",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x10",
  "2147483648",
  "-2147483649",
  "9223372036854775808",
  "99999999999999999999999",
  "1.5",
  "0000-01-01T00:00:00Z",
  "0000-00-00",
  "99999-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "1899-12-31T23:59:59Z",
  "9999-12-31T23:59:59-12:00",
  "2024-02-30T00:00:00Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  `${someId}\u0000`,
  "__proto__",
  "constructor",
  "true",
  "null",
  "x".repeat(100_000),
  "\u0000".repeat(1000),
  forgedCursor(["x\u0000", someId]),
  forgedCursor(["0000-01-01T00:00:00.000Z", someId]),
  forgedCursor(["+275760-09-13T00:00:00.000Z", someId]),
  forgedCursor(["not a date", someId]),
  forgedCursor(["2026-01-01T00:00:00.000Z", "not-a-uuid"]),
  forgedCursor({ value: "a", id: someId }),
  "eyJ",
  "!!!",
];

export const hostileNumbers: number[] = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 63,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  -1,
  0,
  -0,
  0.5,
  1.5,
  1e-7,
  99_999_999_999_999,
];

function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** Structures where a scalar, or a differently shaped structure, was expected. */
const hostileStructures: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [null],
  [[[]]],
  { "": "" },
  JSON.parse('{"__proto__": {"platformAdmin": true, "polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { toString: "x", valueOf: 1, hasOwnProperty: "y" },
  nested(2000, "array"),
  nested(2000, "object"),
  Array.from({ length: 5000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, "v"])),
];

/** Any hostile value a JSON body can carry. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileStrings), weight: 4 },
  { arbitrary: fc.constantFrom(...hostileNumbers), weight: 3 },
  { arbitrary: fc.constantFrom(...hostileStructures), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** A hostile value as a query string or path segment carries it: text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileStrings), weight: 4 },
  { arbitrary: fc.constantFrom(...hostileNumbers.map(String)), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
);

/** Bodies that are not JSON at all, or JSON no schema expects. */
export const hostileRawBodies: string[] = [
  "",
  "{",
  "NaN",
  "\u0000",
  '{"a":1,"a":2}',
  "[".repeat(50_000) + "]".repeat(50_000),
  '{"name": "\\u0000"}',
  '{"name": "\\ud800"}',
  "1e999999",
  "\ufeff{}",
];
