"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";
import { signInSchema, type SignInInput } from "@/lib/users/schemas";

export type SignInResult = { error: string } | undefined;

/** Only same-site paths may be returned to after sign-in (no open redirect). */
function safeCallback(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//")
    ? callbackUrl
    : "/dashboard";
}

export async function signInAction(input: SignInInput, callbackUrl?: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: "Enter your email and password." };
  try {
    // On success this throws Next.js's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return {
        error:
          code === "rate_limited"
            ? "Too many attempts. Wait a few minutes and try again."
            : "That email and password do not match an active account.",
      };
    }
    throw error;
  }
}
