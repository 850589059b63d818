import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

/** A plain form, so signing out works without JavaScript too. */
export default function SignOutPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <form
        action={signOutAction}
        className="w-full max-w-sm space-y-4 rounded-xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h1 className="text-xl font-semibold">Sign out of Subdesk?</h1>
        <Button type="submit" className="w-full">
          Sign out
        </Button>
      </form>
    </main>
  );
}
