import type { Metadata } from "next";
import { ProductForm } from "@/components/catalog/product-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session";
import { runsCatalog } from "@/lib/catalog/catalog-access";
import { catalogChoices } from "@/lib/catalog/catalog-choices";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const actor = await requireSessionActor();
  if (!runsCatalog(actor)) return <AccessDenied title="New product" />;
  const { groups, providers } = await catalogChoices(actor);
  return (
    <>
      <PageHeader title="New product" />
      <ProductForm groups={groups} providers={providers} />
    </>
  );
}
