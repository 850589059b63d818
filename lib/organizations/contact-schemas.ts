import { z } from "zod";
import { emailSchema } from "@/lib/users/schemas";

export const contactSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .max(30, "must be at most 30 characters")
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
