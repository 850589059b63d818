import type { Metadata } from "next";
import { CatalogSearch } from "@/components/catalog/catalog-search";
import { ProductCard } from "@/components/catalog/product-card";
import { PageHeader } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session";
import { pageProductGroups } from "@/lib/catalog/product-groups";
import { pageProducts } from "@/lib/catalog/product-reads";

export const metadata: Metadata = { title: "Catalog" };

/** The customer's catalog: listed products by group, promoted ones first. */
export default async function PortalCatalogPage({
  searchParams,
}: {
  searchParams: Promise<{ query?: string }>;
}) {
  const actor = await requireSessionActor();
  const query = (await searchParams).query?.slice(0, 200);
  const [groups, products] = await Promise.all([
    pageProductGroups({ actor, page: { page: 0, size: 200, sort: "order,asc" } }),
    pageProducts({
      actor,
      filter: { query, listed: "true" },
      page: { page: 0, size: 200 },
    }),
  ]);
  const activeGroups = groups.content.filter((g) => g.active);
  const grouped = new Set(activeGroups.map((g) => g.id));
  const sections = [
    ...activeGroups.map((g) => ({
      key: g.id,
      name: g.name,
      description: g.description,
      products: products.content.filter((p) => p.productGroupId === g.id),
    })),
    {
      key: "other",
      name: "Other products",
      description: "",
      products: products.content.filter((p) => !p.productGroupId || !grouped.has(p.productGroupId)),
    },
  ].filter((section) => section.products.length > 0);

  return (
    <>
      <PageHeader title="Catalog" description="Products you can subscribe to." />
      <CatalogSearch query={query} />
      {sections.length === 0 && <p className="text-sm text-zinc-500">No products match.</p>}
      {sections.map((section) => (
        <section key={section.key} className="mb-10">
          <h2 className="text-lg font-semibold">{section.name}</h2>
          {section.description && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{section.description}</p>
          )}
          <div className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {section.products.map((product) => (
              <ProductCard key={product.id} product={product} href={`/portal/catalog/${product.id}`} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
