import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"));

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
export const passwordSchema = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters")
  .refine((value) => new Set(value).size > 3, "is too easy to guess")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "is too common: choose another");

export const userStatusSchema = z.enum(["active", "disabled"]);

export const signInSchema = z.object({
  email: emailSchema,
  // No strength rules here: a sign-in only compares, and must not hint at the rules.
  password: z.string().min(1, "is required").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, "is required").max(120),
    password: passwordSchema,
    platformAdmin: z.boolean().default(false),
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    changeSequence: z.number().int().min(1),
    name: z.string().trim().min(1, "is required").max(120).optional(),
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
