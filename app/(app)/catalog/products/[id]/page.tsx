import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PlansPanel } from "@/components/catalog/tab-panels";
import { ImageUpload } from "@/components/forms/image-upload";
import { ProductActions } from "@/components/catalog/product-actions";
import { ProductForm } from "@/components/catalog/product-form";
import { VisibilityPanel } from "@/components/catalog/visibility-panel";
import { PageHeader } from "@/components/ui/card";
import { Card } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { managesProvider } from "@/lib/catalog/catalog-access";
import { catalogChoices } from "@/lib/catalog/catalog-choices";
import { compatibleProductChoices } from "@/lib/catalog/catalog-editor";
import { listPlans, planVersions } from "@/lib/catalog/plans";
import { getProduct } from "@/lib/catalog/product-reads";
import { getProductVisibility } from "@/lib/catalog/product-visibility";
import { renderMarkdown } from "@/lib/catalog/render-markdown";

export const metadata: Metadata = { title: "Product" };

const tabs = [
  { id: "details", label: "Details" },
  { id: "plans", label: "Plans" },
];

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string; history?: string }>;
}) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const product = await orNotFound(getProduct({ actor, id }));
  const manager = managesProvider(actor, product.providerOrganizationId);
  const visibility = manager ? await getProductVisibility({ actor, product }) : null;
  const query = await searchParams;
  const tab = query.tab === "plans" ? "plans" : "details";
  const history =
    tab === "plans" && query.history && manager
      ? await orNotFound(planVersions({ actor, productId: id, planId: query.history }))
      : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "Catalog", href: "/catalog" }, { label: product.name }]} />
      <PageHeader
        title={product.name}
        description={product.description || undefined}
        actions={visibility ? <ProductActions product={product} visibility={visibility} /> : undefined}
      />
      {visibility && <VisibilityPanel visibility={visibility} />}
      <LinkTabs tabs={tabs} active={tab} base={`/catalog/products/${id}`} />
      {tab === "plans" ? (
        <Card>
          <PlansPanel
            productId={id}
            currency={product.currency}
            plans={await listPlans({ actor, productId: id })}
            canEdit={manager}
            history={history}
          />
        </Card>
      ) : manager ? (
        <div className="space-y-6">
          <Card>
            <ImageUpload kind="product" id={id} hasImage={product.hasImage} version={product.updatedOn} />
          </Card>
          <ProductForm
            key={product.changeSequence}
            product={product}
            overviewHtml={renderMarkdown(product.overviewMarkdown)}
            {...await catalogChoices(actor)}
            siblings={await compatibleProductChoices({ actor, productId: id })}
            missingAfterPublishing={visibility?.missingAfterPublishing}
          />
        </div>
      ) : (
        <Card>
          <p className="text-sm">Only the provider that offers this product may edit it.</p>
        </Card>
      )}
    </>
  );
}
