import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Subscriptions" };

export default function SubscriptionsPage() {
  return (
    <ComingSoon
      title="Subscriptions"
      description="Product and account subscriptions, plan changes and their history."
    />
  );
}
