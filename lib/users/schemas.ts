import { z } from "zod";
import { emailSchema } from "@/lib/input/identifiers";
import { changeSequenceSchema } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";

const commonPasswords = new Set([
  "password123",
  "password1234",
  "1234567890",
  "qwertyuiop",
  "123456789a",
  "iloveyou123",
  "letmein1234",
  "welcome1234",
]);

/**
 * Length over composition rules (NIST 800-63B): 10 to 200 characters, more than a few
 * distinct characters, and not one of the passwords every attacker tries first.
 */
export const passwordSchema = text(200, { min: 10, trim: false })
  .refine((value) => new Set(value).size > 3, "is too easy to guess")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "is too common: choose another");

export const userStatusSchema = z.enum(["active", "disabled"]);

export const signInSchema = z.object({
  email: emailSchema,
  // No strength rules here: a sign-in only compares, and must not hint at the rules.
  password: text(200, { min: 1, trim: false }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: line(120, { min: 1 }),
    password: passwordSchema,
    platformAdmin: z.boolean().default(false),
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    changeSequence: changeSequenceSchema,
    name: line(120, { min: 1 }).optional(),
    status: userStatusSchema.optional(),
    platformAdmin: z.boolean().optional(),
  })
  .strict();
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  status: userStatusSchema,
  platformAdmin: z.boolean(),
  emailVerifiedOn: z.iso.datetime().nullable(),
  lastSignInOn: z.iso.datetime().nullable(),
  changeSequence: z.number().int(),
  createdOn: z.iso.datetime(),
  updatedOn: z.iso.datetime(),
});
export type UserView = z.infer<typeof userSchema>;
