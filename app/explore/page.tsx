import type { Metadata } from "next";
import { CatalogSearch } from "@/components/catalog/catalog-search";
import { ProductCard } from "@/components/catalog/product-card";
import { PageHeader } from "@/components/ui/card";
import { listPublicProducts } from "@/lib/catalog/public-catalog";

export const metadata: Metadata = { title: "Catalog" };
export const dynamic = "force-dynamic";

/** Products of providers that show their catalog to everyone. */
export default async function ExplorePage({ searchParams }: { searchParams: Promise<{ query?: string }> }) {
  const query = (await searchParams).query?.slice(0, 200);
  const products = await listPublicProducts({ query });
  return (
    <>
      <PageHeader title="Catalog" description="What our providers offer. Sign up to subscribe." />
      <CatalogSearch query={query} />
      {products.length === 0 && <p className="text-sm text-zinc-500">No products match.</p>}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} href={`/explore/${product.id}`} />
        ))}
      </div>
    </>
  );
}
