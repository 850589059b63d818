import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/shell/auth-card";
import { getSessionActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  // A session whose user was disabled is not "signed in": only a live actor skips this page.
  if (await getSessionActor()) redirect("/dashboard");
  const { callbackUrl } = await searchParams;
  return (
    <AuthCard title="Sign in to your account">
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 flex justify-between text-sm">
        <Link href="/sign-up" className="text-brand-600 hover:underline">
          Create an account
        </Link>
        <Link href="/forgot-password" className="text-brand-600 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </AuthCard>
  );
}
