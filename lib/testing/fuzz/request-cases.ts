import fc from "fast-check";
import type { Identity } from "./fuzz-world";
import { hostileRawBodies, hostileText } from "./hostile-values";
import { hostileVariantOf } from "./hostile-variants";
import { valueFor, type JsonSchema } from "./schema-values";

/** What the fuzzer reads of one operation in the OpenAPI document. */
export interface DocumentedOperation {
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export type RequestBody =
  | { kind: "json"; value: unknown }
  | { kind: "text"; text: string; contentType: string }
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer> };

export interface RequestCase {
  identity: Identity;
  params: Record<string, string>;
  query: [string, string][];
  body?: RequestBody;
  idempotencyKey?: string;
  /**
   * The `organization-id` header of operations that document it: the identity's own
   * organization, one it does not belong to, or a malformed value; absent: not sent.
   */
  organization?: "own" | "other" | { text: string };
}

const organizationChoice = fc.oneof(
  { weight: 6, arbitrary: fc.constant<"own">("own") },
  { weight: 1, arbitrary: fc.constant<"other">("other") },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("", "not-a-uuid", "00000000-0000-0000-0000-000000000000")
      .map((text) => ({ text })),
  },
);

const pngStart = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const bytesBody: fc.Arbitrary<RequestBody> = fc
  .tuple(fc.boolean(), fc.uint8Array({ maxLength: 2048 }))
  .map(([png, rest]) => ({
    kind: "bytes",
    bytes: new Uint8Array(png ? [...pngStart, ...rest] : [...rest]),
  }));

function jsonBody(schema: JsonSchema): fc.Arbitrary<RequestBody> {
  return fc.oneof(
    {
      weight: 12,
      arbitrary: hostileVariantOf(valueFor(schema)).map((value) => ({ kind: "json", value }) as const),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...hostileRawBodies)
        .map((text) => ({ kind: "text", text, contentType: "application/json" }) as const),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("text/plain", "application/x-www-form-urlencoded", "application/json; charset=\u00ff")
        .map((contentType) => ({ kind: "text", text: "{}", contentType }) as const),
    },
  );
}

/** A query value: text from a valid-looking value, or a hostile one. */
const queryValue = (schema: JsonSchema) =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: valueFor(schema).map((value) => (typeof value === "string" ? value : JSON.stringify(value))),
    },
    { weight: 3, arbitrary: hostileText },
  );

const strayQuery = fc.constantFrom<[string, string][]>(
  [["__proto__", "x"]],
  [["constructor", "1"]],
  [
    ["page", "1"],
    ["page", "2147483648"],
  ],
);

/** Requests for one operation: path ids known, random or hostile; query and body hostile variants. */
export function requestCases(
  apiPath: string,
  operation: DocumentedOperation,
  idFor: (collection: string) => string | undefined,
): fc.Arbitrary<RequestCase> {
  const pathParameters = (operation.parameters ?? []).filter((p) => p.in === "path");
  const queryParameters = (operation.parameters ?? []).filter((p) => p.in === "query");
  const params = Object.fromEntries(
    pathParameters.map(({ name }) => {
      // The id of `/products/{id}` is a product's: the segment before the parameter names it.
      const segments = apiPath.split("/");
      const known = idFor(segments[segments.indexOf(`{${name}}`) - 1] ?? "");
      return [
        name,
        fc.oneof(
          { weight: known ? 6 : 0, arbitrary: fc.constant(known ?? "") },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 2, arbitrary: hostileText },
        ),
      ];
    }),
  );
  const query = fc
    .tuple(
      fc.tuple(...queryParameters.map((p) => fc.option(queryValue(p.schema), { nil: undefined }))),
      fc.option(strayQuery, { nil: undefined, freq: 8 }),
    )
    .map(([values, stray]) => [
      ...queryParameters.flatMap((p, i) =>
        values[i] === undefined ? [] : [[p.name, values[i]] as [string, string]],
      ),
      ...(stray ?? []),
    ]);
  const content = operation.requestBody?.content ?? {};
  const body = content["application/json"]
    ? jsonBody(content["application/json"].schema)
    : content["application/octet-stream"]
      ? bytesBody
      : fc.constant(undefined);
  return fc.record({
    identity: fc.constantFrom<Identity>(
      "platform",
      "platform",
      "provider",
      "provider",
      "customer",
      "customer",
      "anonymous",
    ),
    params: fc.record(params),
    query,
    body,
    idempotencyKey: fc.option(fc.constantFrom("", " ", "x".repeat(300), "a\u00ffb", "fuzz-key-1"), {
      nil: undefined,
      freq: 4,
    }),
    organization: (operation.parameters ?? []).some((p) => p.in === "header" && p.name === "organization-id")
      ? fc.option(organizationChoice, { nil: undefined, freq: 8 })
      : fc.constant(undefined),
  });
}
