import { z } from "zod";
import { line, text } from "./text";

// Keys that would reach an object's prototype if some code ever copied the map naively.
const prototypeKeys = new Set(["__proto__", "constructor", "prototype"]);

interface FlatMapBounds {
  maxEntries: number;
  keyMax: number;
  valueMax: number;
}

/**
 * A flat JSON map of settings: keys are short identifiers, values strings, numbers or
 * booleans — nothing nested — and the map is bounded, so no client parks megabytes (or a
 * thousand levels of nesting) in a jsonb column.
 */
export const flatJsonMap = ({ maxEntries, keyMax, valueMax }: FlatMapBounds) =>
  z
    .record(
      line(keyMax, { min: 1, trim: false })
        .regex(/^[A-Za-z0-9_.-]+$/, "keys may contain only letters, digits, '_', '.' and '-'")
        .refine((key) => !prototypeKeys.has(key), "is a reserved key"),
      z.union([text(valueMax, { trim: false }), z.number(), z.boolean()], {
        error: "values must be a string, a number or a boolean (nothing nested)",
      }),
      { error: "must be an object" },
    )
    .refine((map) => Object.keys(map).length <= maxEntries, `may hold at most ${maxEntries} entries`);
