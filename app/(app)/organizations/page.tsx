import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Organizations" };

export default function OrganizationsPage() {
  return (
    <ComingSoon title="Organizations" description="Organizations, their members, contacts and status." />
  );
}
