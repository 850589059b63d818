import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { GroupsPanel } from "@/components/catalog/groups-panel";
import { SortableList } from "@/components/catalog/sortable-list";
import { TermsPanel } from "@/components/catalog/terms-panel";
import { AccessDenied } from "@/components/shell/access-denied";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { Input, inputClass } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { LinkTabs } from "@/components/ui/tabs";
import { requireSessionActor } from "@/lib/auth/session";
import { managesProvider, runsCatalog } from "@/lib/catalog/catalog-access";
import { providerChoices } from "@/lib/catalog/catalog-choices";
import { pageEditorProducts } from "@/lib/catalog/catalog-editor";
import { listPricingRules } from "@/lib/catalog/pricing-rules";
import { pageProductGroups } from "@/lib/catalog/product-groups";
import { productFilterSchema } from "@/lib/catalog/schemas";
import { listSlaDefinitions } from "@/lib/catalog/sla-definitions";
import { filledParams } from "@/lib/search-params";
import { formatMoney, minorDigits, toMinorUnits } from "@/lib/money";

export const metadata: Metadata = { title: "Catalog" };

const tabs = [
  { id: "products", label: "Products" },
  { id: "groups", label: "Product groups" },
  { id: "terms", label: "SLAs and pricing" },
];

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

const price = (amount: number | null, currency: string) =>
  amount === null ? "—" : formatMoney(toMinorUnits(amount, minorDigits(currency)) ?? 0, currency);

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!runsCatalog(actor)) return <AccessDenied title="Catalog" />;
  const params = filledParams(await searchParams);
  const tab = tabs.find((t) => t.id === params.tab)?.id ?? "products";
  if (tab === "terms") {
    const [slas, rules] = await Promise.all([listSlaDefinitions({ actor }), listPricingRules({ actor })]);
    return (
      <>
        <PageHeader title="Catalog" />
        <LinkTabs tabs={tabs} active={tab} base="/catalog" />
        <Card>
          <TermsPanel slas={slas} rules={rules} />
        </Card>
      </>
    );
  }
  const groups = await pageProductGroups({ actor, page: { page: 0, size: 200, sort: "order,asc" } });

  if (tab === "groups") {
    return (
      <>
        <PageHeader title="Catalog" />
        <LinkTabs tabs={tabs} active={tab} base="/catalog" />
        <Card>
          <GroupsPanel groups={groups.content} />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-3 font-semibold">Order in the catalog</h2>
          <SortableList
            kind="groups"
            label="Product group order"
            items={groups.content
              .filter((g) => managesProvider(actor, g.providerOrganizationId))
              .map((g) => ({ id: g.id, label: g.name }))}
          />
        </Card>
      </>
    );
  }

  const parsed = productFilterSchema.safeParse(params);
  const sort = /^(name|price|createdOn),(asc|desc)$/.test(params.sort ?? "") ? params.sort : undefined;
  const products = await pageEditorProducts({
    actor,
    filter: parsed.success ? parsed.data : {},
    page: { page: 0, size: 200, sort },
  });
  const providers = await providerChoices(actor);
  const exportQuery = new URLSearchParams(filledParams(parsed.success ? parsed.data : {}));
  return (
    <>
      <PageHeader
        title="Catalog"
        actions={
          <div className="flex gap-2">
            <a href={`/catalog/products/export?${exportQuery}`} className={secondaryLink}>
              Export CSV
            </a>
            <Link href="/catalog/products/import" className={secondaryLink}>
              Import CSV
            </Link>
            <Link
              href="/catalog/products/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              New product
            </Link>
          </div>
        }
      />
      <LinkTabs tabs={tabs} active={tab} base="/catalog" />
      <FilterForm
        label="Filter products"
        clearHref="/catalog"
        invalid={!parsed.success}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <input type="hidden" name="tab" value="products" />
        <label className="text-sm">
          Search
          <Input name="query" defaultValue={params.query ?? ""} />
        </label>
        <label className="text-sm">
          Status
          <select name="status" defaultValue={params.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="DRAFT">Draft</option>
            <option value="PUBLISHED">Published</option>
          </select>
        </label>
        <label className="text-sm">
          Group
          <select name="productGroupId" defaultValue={params.productGroupId ?? ""} className={inputClass}>
            <option value="">Any</option>
            {groups.content.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        {providers && (
          <label className="text-sm">
            Provider
            <select
              name="providerOrganizationId"
              defaultValue={params.providerOrganizationId ?? ""}
              className={inputClass}
            >
              <option value="">Any</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm">
          Sort by
          <select name="sort" defaultValue={params.sort ?? ""} className={inputClass}>
            <option value="">Featured, then order</option>
            <option value="name,asc">Name</option>
            <option value="price,asc">Price, low first</option>
            <option value="price,desc">Price, high first</option>
            <option value="createdOn,desc">Newest</option>
          </select>
        </label>
      </FilterForm>
      {products.content.length === 0 ? (
        <EmptyState
          title="No products here"
          description="Products are what customers subscribe to: each has plans with prices and terms. Nothing matches these filters, or none is made yet."
          action={{ href: "/catalog/products/new", label: "New product" }}
        />
      ) : (
        <Table caption="Products">
          <thead>
            <tr>
              <Th>Product</Th>
              <Th>Group</Th>
              <Th>Price</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {products.content.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link
                    href={`/catalog/products/${p.id}`}
                    className="font-medium text-brand-600 hover:underline"
                  >
                    {p.name}
                  </Link>
                  {p.promoted && <span className="ml-2 text-xs text-amber-600">★ promoted</span>}
                </Td>
                <Td>{p.productGroup?.name ?? "—"}</Td>
                <Td>
                  {price(p.price, p.currency)}
                  {p.priceSuffix}
                </Td>
                <Td className="space-x-1">
                  <Badge tone={p.productStatus === "PUBLISHED" ? "green" : "neutral"}>
                    {p.productStatus.toLowerCase()}
                  </Badge>
                  {!p.active && <Badge tone="red">inactive</Badge>}
                  {p.archivedOn && <Badge>archived</Badge>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {parsed.success && parsed.data.productGroupId && products.content.length > 1 && (
        <Card className="mt-6">
          <h2 className="mb-3 font-semibold">Order in this group</h2>
          <SortableList
            key={products.content.map((p) => p.id).join()}
            kind="products"
            label="Product order"
            items={products.content.map((p) => ({ id: p.id, label: p.name }))}
          />
        </Card>
      )}
    </>
  );
}
