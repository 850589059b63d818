import { defineOperation } from "@/lib/http/operation";
import { signUpResultSchema, signUpSchema } from "./schemas";

export const signUpOperation = defineOperation({
  method: "POST",
  path: "/api/sign-up",
  tag: "Sign-up",
  auth: "none",
  summary: "Sign up with a new organization",
  description:
    "Creates the user and organization (pending verification) and mails a verification link. Answers the same " +
    "whether or not the email is registered. Limited per client address and per email: 429 with Retry-After.",
  body: signUpSchema,
  result: signUpResultSchema,
  status: 202,
});
