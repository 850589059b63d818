import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Catalog" };

export default function CatalogPage() {
  return <ComingSoon title="Catalog" description="Product groups, products, bundles, plans and terms." />;
}
