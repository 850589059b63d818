import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  // A session whose user was disabled is not "signed in": only a live actor skips this page.
  if (await getSessionActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <p className="text-sm font-semibold tracking-wide text-brand-600">SUBDESK</p>
        <h1 className="mb-6 mt-1 text-xl font-semibold">Sign in to your account</h1>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
