import { z } from "zod";

/** PostgreSQL `integer` (int4): every integer column, so a bigger number is a 400, not a 500. */
export const int4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

interface Bounds {
  min?: number;
  max?: number;
}

const minMessage = (min: number) => (min === 1 ? "must be at least 1" : `must be ${min} or more`);
const maxMessage = (max: number) => `must be at most ${max}`;

/** A JSON whole number within `min`…`max`, by default the range of an int4 column. */
export const integer = ({ min = int4.min, max = int4.max }: Bounds = {}) =>
  z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, minMessage(min))
    .max(max, maxMessage(max));

/**
 * A whole number in a query string (`?page=2`), read from its text. NaN, fractions and
 * numbers past the bounds are 400s naming the parameter.
 */
export const queryInteger = ({ min = int4.min, max = int4.max }: Bounds = {}) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, minMessage(min))
    .max(max, maxMessage(max));

/** The `changeSequence` a client read (optimistic concurrency): an int4 column, 1 or more. */
export const changeSequenceSchema = integer({ min: 1 });
