import type { ReactNode } from "react";
import { Card, PageHeader } from "@/components/ui/card";
import type { PlanView } from "@/lib/catalog/plan-schemas";
import { renderMarkdown } from "@/lib/catalog/render-markdown";
import type { ProductView } from "@/lib/catalog/schemas";
import { priceLabel, ProductImage } from "./product-card";

const limit = (n: number) => (n === -1 ? "unlimited" : String(n));

/**
 * A product as customers and visitors read it: rendered overview, price and plans. `planAction`
 * renders what a plan offers the reader (the portal's Subscribe control; nothing for visitors).
 */
export function ProductDetails({
  product,
  plans,
  planAction,
}: {
  product: ProductView;
  plans: PlanView[];
  planAction?: (plan: PlanView) => ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={product.name}
        description={product.description || undefined}
        actions={<p className="text-lg font-semibold">{priceLabel(product)}</p>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ProductImage product={product} className="mb-4 max-h-48 rounded object-contain" />
          {/* Rendered by the catalog's Markdown renderer: raw HTML and unsafe links never survive it. */}
          <div
            className="markdown"
            dangerouslySetInnerHTML={{
              __html: renderMarkdown(product.overviewMarkdown || product.detailedDescription),
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">Plans</h2>
          {plans.length === 0 && <p className="text-sm text-zinc-500">No plans yet.</p>}
          <ul className="space-y-3 text-sm">
            {plans.map((plan) => (
              <li key={plan.id} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
                <p className="font-medium">
                  {plan.name} <span className="text-xs text-zinc-500">({plan.terms})</span>
                </p>
                {plan.description && <p className="text-zinc-600 dark:text-zinc-400">{plan.description}</p>}
                <p className="text-xs text-zinc-500">
                  {plan.subscriptionPeriod === -1 ? "No end date" : `${plan.subscriptionPeriod} days`} · apps{" "}
                  {limit(plan.appLimit)} · namespaces {limit(plan.namespaceLimit)}
                  {plan.approvalRequired && " · needs approval"}
                </p>
                {planAction?.(plan)}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
