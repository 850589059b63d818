import type { Metadata } from "next";
import { ProductDetails } from "@/components/catalog/product-details";
import { orNotFound } from "@/lib/actions/or-not-found";
import { getPublicProduct } from "@/lib/catalog/public-catalog";

export const metadata: Metadata = { title: "Product" };

export default async function ExploreProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { product, plans } = await orNotFound(getPublicProduct({ id: (await params).id }));
  return <ProductDetails product={product} plans={plans} />;
}
