import type { Metadata } from "next";
import { AuthCard } from "@/components/shell/auth-card";
import { Button } from "@/components/ui/button";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

/** A plain form, so signing out works without JavaScript too. */
export default function SignOutPage() {
  return (
    <AuthCard title="Sign out of Subdesk?">
      <form action={signOutAction}>
        <Button type="submit" className="w-full">
          Sign out
        </Button>
      </form>
    </AuthCard>
  );
}
