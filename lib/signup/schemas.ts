import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/users/schemas";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  email: emailSchema,
  password: passwordSchema,
  organizationName: z
    .string()
    .trim()
    .min(2, "must be at least 2 characters")
    .max(120, "must be at most 120 characters"),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signUpResultSchema = z.object({
  status: z.literal("verification_sent"),
  detail: z.string(),
});
export type SignUpResult = z.infer<typeof signUpResultSchema>;

export const tokenSchema = z.object({ token: z.string().min(10).max(200) });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: "does not match the password",
    path: ["confirmPassword"],
  });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;
