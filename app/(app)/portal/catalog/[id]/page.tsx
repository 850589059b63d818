import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ProductDetails } from "@/components/catalog/product-details";
import { PlanOffer } from "@/components/portal/plan-offer";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { listPlans } from "@/lib/catalog/plans";
import { getProduct } from "@/lib/catalog/product-reads";
import { subscribeOffer } from "@/lib/subscriptions/subscribe-offer";

export const metadata: Metadata = { title: "Product" };

export default async function PortalProductPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const product = await orNotFound(getProduct({ actor, id }));
  const [plans, offer] = await Promise.all([
    listPlans({ actor, productId: id }),
    subscribeOffer({ actor, productId: id }),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: "Catalog", href: "/portal/catalog" }, { label: product.name }]} />
      <ProductDetails
        product={product}
        plans={plans}
        planAction={(plan) => <PlanOffer productId={id} plan={plan} offer={offer} />}
      />
    </>
  );
}
