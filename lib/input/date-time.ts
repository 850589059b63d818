import { z } from "zod";
import { parseUtc } from "@/lib/dates";

/**
 * Instants accepted from clients: years 1900 to 9999 (UTC). Every real date fits, both
 * PostgreSQL's timestamptz and a JavaScript Date hold each of them exactly, and the ISO form
 * keeps four year digits. Year 0000 (PostgreSQL has none) and 5-digit years are out.
 */
export const dateTimeRange = {
  earliest: Date.UTC(1900, 0, 1),
  latest: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

export const isInDateTimeRange = (at: Date) =>
  at.getTime() >= dateTimeRange.earliest && at.getTime() <= dateTimeRange.latest;

/** An ISO 8601 date-time; without an offset it is read as UTC (see `parseUtc`). */
export const isoDateTime = () =>
  z.iso
    .datetime({ offset: true, local: true, message: "must be an ISO date-time such as 2026-01-31T09:00:00Z" })
    .refine((value) => isInDateTimeRange(parseUtc(value)), "must be between the years 1900 and 9999")
    .describe("ISO 8601 date-time from year 1900 to 9999; without an offset it is UTC");

/** An instant as milliseconds since the epoch (Revenium's int64 timestamps), in the same years. */
export const epochMillis = () =>
  z
    .number({ error: "must be a number of milliseconds since 1970" })
    .int("must be a whole number of milliseconds")
    .min(dateTimeRange.earliest, "must be between the years 1900 and 9999")
    .max(dateTimeRange.latest, "must be between the years 1900 and 9999")
    .transform((ms) => new Date(ms))
    .describe("milliseconds since 1970-01-01T00:00:00Z, from year 1900 to 9999");
