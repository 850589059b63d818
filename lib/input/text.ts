import { z } from "zod";

// PostgreSQL refuses NUL in text and jsonb, and jsonb refuses a lone UTF-16 surrogate (its
// `\ud800` escape); both once surfaced as 500s. No client means to send either.
const nul = /\0/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (value: string) => !nul.test(value) && !loneSurrogate.test(value);
const storableMessage = "must be valid Unicode text without NUL characters";

// A name or a label is one line: a control character in it would break an email subject,
// a CSV cell or a log line.
const controlCharacter = /[\u0000-\u001f\u007f\u2028\u2029]/;

interface TextOptions {
  /** At least this many characters (after trimming): 1 reads "is required". */
  min?: number;
  /** Trim surrounding white space first (default); passwords and tokens keep theirs. */
  trim?: boolean;
}

function bounded(max: number, { min = 0, trim = true }: TextOptions) {
  let schema = z.string({ error: "must be a string" });
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min, min === 1 ? "is required" : `must be at least ${min} characters`);
  return schema.max(max, `must be at most ${max} characters`);
}

/** Free text (descriptions, markdown): any characters a database can store, at most `max`. */
export const text = (max: number, options: TextOptions = {}) =>
  bounded(max, options).refine(storable, storableMessage);

/** Holds any string schema (an email, a URL) to the rules of `line`. */
export const singleLine = <S extends z.ZodType<string>>(schema: S) =>
  schema
    .refine(storable, { message: storableMessage, abort: true })
    .refine((value) => !controlCharacter.test(value), "must be a single line without control characters");

/** A single line of text (names, labels, search terms): no control characters, at most `max`. */
export const line = (max: number, options: TextOptions = {}) => singleLine(bounded(max, options));
