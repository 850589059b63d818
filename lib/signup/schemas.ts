import { z } from "zod";
import { emailSchema } from "@/lib/input/identifiers";
import { line, text } from "@/lib/input/text";
import { passwordSchema } from "@/lib/users/schemas";

/** A one-time token from a link: only ever hashed and compared. */
export const linkTokenSchema = line(200, { min: 10, trim: false });

export const signUpSchema = z.object({
  name: line(120, { min: 1 }),
  email: emailSchema,
  password: passwordSchema,
  organizationName: line(120, { min: 2 }),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signUpResultSchema = z.object({
  status: z.literal("verification_sent"),
  detail: z.string(),
});
export type SignUpResult = z.infer<typeof signUpResultSchema>;

export const tokenSchema = z.object({ token: linkTokenSchema });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({
    token: linkTokenSchema,
    password: passwordSchema,
    confirmPassword: text(200, { trim: false }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: "does not match the password",
    path: ["confirmPassword"],
  });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;
