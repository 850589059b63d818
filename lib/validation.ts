import type { z } from "zod";
import { AppError, type InvalidField } from "./errors";

/** zod issues as `{name, reason}` pairs, `name` being the dotted path of the field. */
export function invalidFieldsFrom(error: z.ZodError): InvalidField[] {
  return error.issues.map((issue) => ({
    name: issue.path.length ? issue.path.map(String).join(".") : "(body)",
    reason: issue.message,
  }));
}

/** Validates input against the payload's schema, throwing a 400 that names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("invalid_input", "One or more fields are invalid.", {
      invalidFields: invalidFieldsFrom(result.error),
    });
  }
  return result.data;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs reach the database only in a shape it accepts; anything else is "not found". */
export const isUuid = (value: string) => uuidPattern.test(value);
