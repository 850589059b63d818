import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "My subscriptions" };

export default function MysubscriptionsPage() {
  return <ComingSoon title="My subscriptions" description="Your organization's subscriptions." />;
}
