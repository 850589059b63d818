import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Product keys" };

export default function ProductkeysPage() {
  return <ComingSoon title="Product keys" description="Keys for products, with their quotas." />;
}
