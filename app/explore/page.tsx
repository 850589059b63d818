import type { Metadata } from "next";
import { ProductCard } from "@/components/catalog/product-card";
import { PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
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
      <form method="get" className="mb-8 max-w-md" aria-label="Search the catalog">
        <Input
          name="query"
          defaultValue={query ?? ""}
          placeholder="Search products"
          aria-label="Search products"
        />
      </form>
      {products.length === 0 && <p className="text-sm text-zinc-500">No products match.</p>}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} href={`/explore/${product.id}`} />
        ))}
      </div>
    </>
  );
}
