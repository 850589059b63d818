import type { Metadata } from "next";
import { ProductImport } from "@/components/catalog/product-import";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session";
import { runsCatalog } from "@/lib/catalog/catalog-access";

export const metadata: Metadata = { title: "Import products" };

export default async function ImportProductsPage() {
  const actor = await requireSessionActor();
  if (!runsCatalog(actor)) return <AccessDenied title="Import products" />;
  return (
    <>
      <PageHeader
        title="Import products"
        description="From a CSV file. Bad rows are reported and skipped; good rows are imported."
      />
      <Card>
        <ProductImport />
      </Card>
    </>
  );
}
