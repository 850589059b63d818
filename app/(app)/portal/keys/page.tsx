import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Keys & usage" };

export default function KeysusagePage() {
  return (
    <ComingSoon title="Keys & usage" description="Your product keys and how much of their quota is used." />
  );
}
