import { z } from "zod";

/** An id: a UUID in its canonical text form (the only shape the database's uuid columns take). */
export const uuid = () => z.uuid("must be a UUID");

/** An email address as stored: trimmed, lower-cased, at most 254 characters (RFC 5321). */
export const emailSchema = z
  .string({ error: "must be a string" })
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"))
  .meta({ format: "email" });

/** An opaque paging cursor as the API hands it out (URL-safe base64); its content is checked where it is read. */
export const cursorSchema = z
  .string({ error: "must be a string" })
  .max(500, "is not a cursor this API returned")
  .regex(/^[\w-]*$/, "is not a cursor this API returned");

/** The ids of rows chosen together for one bulk action: at least one, at most `max`. */
export const idList = (max: number) =>
  z.array(uuid()).min(1, "choose at least one").max(max, `at most ${max} ids`);
