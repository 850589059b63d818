import fc from "fast-check";

/** The part of JSON Schema (as zod writes it) the fuzzer reads. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  default?: unknown;
}

const merge = (parts: unknown[]) =>
  parts.every((part) => part && typeof part === "object" && !Array.isArray(part))
    ? Object.assign({}, ...parts)
    : parts.at(-1);

/**
 * Values that look valid for a schema: the right types, enum members, UUIDs, in-range
 * numbers and dates. Patterns and refinements are not modelled, so some are still refused,
 * which is as useful: those are the near misses.
 */
export function valueFor(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  // A documented default is valid by definition: prefer it, so more of each body is valid
  // and the one hostile field in it is what the server has to deal with.
  if (schema.default !== undefined) {
    const { default: fallback, ...rest } = schema;
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(fallback) },
      { weight: 1, arbitrary: valueFor(rest, depth) },
    );
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => valueFor(option, depth + 1)));
  if (schema.allOf) return fc.tuple(...schema.allOf.map((part) => valueFor(part, depth + 1))).map(merge);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringFor(schema);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 - 1 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items ? valueFor(schema.items, depth + 1) : fc.jsonValue(), {
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case "object":
      return objectFor(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case "uuid":
      return fc.uuid();
    case "email":
      return fc
        .tuple(fc.stringMatching(/^[a-z0-9]{1,16}$/), fc.constantFrom("example.com", "mail.test.example"))
        .map(([local, domain]) => `${local}@${domain}`);
    case "date-time":
      return fc
        .date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString());
    case "uri":
      return fc.webUrl();
    default:
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { size: "xsmall" });
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 30, 30)),
      });
  }
}

function objectFor(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, valueFor(property, depth + 1)]),
  );
  const record = fc.record(model, { requiredKeys: schema.required ?? [] });
  if (typeof schema.additionalProperties !== "object") return record;
  const extra = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }),
    valueFor(schema.additionalProperties, depth + 1),
    { maxKeys: 3 },
  );
  return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...known }));
}
