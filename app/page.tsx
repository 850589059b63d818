import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoSignIns } from "@/components/landing/demo-sign-ins";
import { LandingHero } from "@/components/landing/landing-hero";
import { getSessionActor } from "@/lib/auth/session";
import { demoSignIns } from "@/lib/demo-accounts";

export const metadata: Metadata = { title: { absolute: "Subdesk — subscriptions and catalog portal" } };

/**
 * The front door. A visitor learns what Subdesk is and where to go; a signed-in user (a live
 * actor, not just a cookie: a disabled user's stale cookie gets the landing) goes to the dashboard.
 */
export default async function LandingPage() {
  if (await getSessionActor()) redirect("/dashboard");
  return (
    <main className="mx-auto max-w-4xl px-6 py-16">
      <LandingHero />
      {process.env.NODE_ENV === "development" && <DemoSignIns accounts={demoSignIns} />}
    </main>
  );
}
