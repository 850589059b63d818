import type { Metadata } from "next";
import { AuthCard } from "@/components/shell/auth-card";
import { Button } from "@/components/ui/button";
import { signOutAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

/** Plain forms, so signing out works without JavaScript too. */
export default function SignOutPage() {
  return (
    <AuthCard title="Sign out of Subdesk?">
      <form action={signOutAction}>
        <Button type="submit" className="w-full">
          Sign out
        </Button>
      </form>
      <form action={signOutEverywhereAction} className="mt-3">
        <Button type="submit" variant="secondary" className="w-full">
          End all sessions
        </Button>
      </form>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        Ending all sessions signs you out everywhere: in every browser and on every device.
      </p>
    </AuthCard>
  );
}
