import type { Metadata } from "next";
import { ProductDetails } from "@/components/catalog/product-details";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { listPlans } from "@/lib/catalog/plans";
import { getProduct } from "@/lib/catalog/product-reads";

export const metadata: Metadata = { title: "Product" };

export default async function PortalProductPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const product = await orNotFound(getProduct({ actor, id }));
  return <ProductDetails product={product} plans={await listPlans({ actor, productId: id })} />;
}
