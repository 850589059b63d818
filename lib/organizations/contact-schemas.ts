import { z } from "zod";
import { emailSchema } from "@/lib/input/identifiers";
import { line } from "@/lib/input/text";

export const contactSchema = z.object({
  name: line(120, { min: 1 }),
  email: emailSchema,
  phone: line(30)
    .regex(/^(\+?[0-9][0-9 ()./-]{4,})?$/, "must be a phone number, e.g. +44 20 7946 0958")
    .transform((value) => value || null)
    .nullable()
    .optional(),
  isDefault: z.boolean().default(false),
});
export type ContactInput = z.input<typeof contactSchema>;

export const contactViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  isDefault: z.boolean(),
  changeSequence: z.number().int(),
});
export type ContactView = z.infer<typeof contactViewSchema>;
