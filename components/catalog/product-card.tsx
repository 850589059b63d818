import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ProductView } from "@/lib/catalog/schemas";
import { formatMoney, minorDigits, toMinorUnits } from "@/lib/money";

export function priceLabel(product: Pick<ProductView, "price" | "currency" | "priceSuffix">): string {
  if (product.price === null) return "Price on request";
  return `${formatMoney(toMinorUnits(product.price, minorDigits(product.currency)) ?? 0, product.currency)}${product.priceSuffix ?? ""}`;
}

/** The product's picture: the uploaded one, else its image URL, else none. */
export function ProductImage({
  product,
  className,
}: {
  product: Pick<ProductView, "id" | "hasImage" | "imageUrl" | "name">;
  className: string;
}) {
  const src = product.hasImage ? `/catalog/products/${product.id}/image` : product.imageUrl;
  if (!src) return null;
  // eslint-disable-next-line @next/next/no-img-element -- uploaded images come from our own authenticated route
  return <img src={src} alt="" className={className} />;
}

export function ProductCard({ product, href }: { product: ProductView; href: string }) {
  return (
    <Link href={href} className="group" data-testid={`catalog-product-${product.name}`}>
      <Card className="h-full transition group-hover:border-brand-500">
        <ProductImage product={product} className="mb-3 h-24 w-full rounded object-contain" />
        <div className="flex items-start justify-between gap-2">
          <h3 className="font-medium">{product.name}</h3>
          {product.promoted && (
            <span className="text-xs font-semibold text-amber-700 dark:text-amber-400">Featured</span>
          )}
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{product.description}</p>
        <p className="mt-3 text-sm font-semibold">{priceLabel(product)}</p>
      </Card>
    </Link>
  );
}
