import { z } from "zod";

/** A list's filter as a GET form sends it: an empty string (the form's "any") means no filter. */
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
