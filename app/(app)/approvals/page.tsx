import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Approvals" };

export default function ApprovalsPage() {
  return <ComingSoon title="Approvals" description="Bundle-plan requests waiting for a decision." />;
}
