import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { GroupsPanel } from "@/components/catalog/groups-panel";
import { SortableList } from "@/components/catalog/sortable-list";
import { TermsPanel } from "@/components/catalog/tab-panels";
import { AccessDenied } from "@/components/shell/access-denied";
import { ProductsTable } from "@/components/catalog/products-table";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { inputClass } from "@/components/ui/input";
import { TablePager } from "@/components/ui/data-table/table-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { LinkTabs } from "@/components/ui/tabs";
import { requireSessionActor } from "@/lib/auth/session";
import { managesProvider, runsCatalog } from "@/lib/catalog/catalog-access";
import { providerChoices } from "@/lib/catalog/catalog-choices";
import { pageEditorProducts } from "@/lib/catalog/catalog-editor";
import { listPricingRules } from "@/lib/catalog/pricing-rules";
import { pageProductGroups } from "@/lib/catalog/product-groups";
import { productFilterSchema, productSortFields } from "@/lib/catalog/schemas";
import { keptTableParams, readTableQuery } from "@/lib/input/table-query";
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

  const table = readTableQuery(params, productSortFields);
  const filters = table.filters;
  const parsed = productFilterSchema.safeParse(filters);
  const filter = parsed.success ? parsed.data : {};
  // The list pages by offset: the table's position names the page.
  const products = await pageEditorProducts({
    actor,
    filter,
    page: {
      page: Math.floor((table.from - 1) / table.size),
      size: table.size,
      sort: table.sort && `${table.sort.field},${table.sort.direction}`,
    },
  });
  // Reordering a group needs all of its products in their catalog order, not one sorted page.
  const groupOrder =
    parsed.success && parsed.data.productGroupId
      ? await pageEditorProducts({ actor, filter, page: { page: 0, size: 200 } })
      : null;
  const filtered = Object.keys(filledParams(filter)).length > 0;
  const providers = await providerChoices(actor);
  const exportQuery = new URLSearchParams(filledParams(filter));
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
        invalid={!parsed.success || table.invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <input type="hidden" name="tab" value="products" />
        <TableSearch name="query" label="Search" placeholder="Name or description" />
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
      </FilterForm>
      <ProductsTable
        rows={products.content.map((p) => ({
          id: p.id,
          name: p.name,
          promoted: p.promoted,
          group: p.productGroup?.name ?? null,
          price: `${price(p.price, p.currency)}${p.priceSuffix ?? ""}`,
          productStatus: p.productStatus,
          active: p.active,
          archived: !!p.archivedOn,
          createdOn: p.createdOn,
        }))}
        sort={{ fields: productSortFields, current: table.sort }}
        empty={
          filtered ? (
            <EmptyState
              title="No products match"
              description="Nothing matches this search or these filters."
              action={{ href: "/catalog", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No products yet"
              description="Products are what customers subscribe to: each has plans with prices and terms."
              action={{ href: "/catalog/products/new", label: "New product" }}
            />
          )
        }
      />
      {products.content.length > 0 && (
        <TablePager
          from={table.from}
          shown={products.content.length}
          total={products.totalElements}
          size={table.size}
          noun={products.totalElements === 1 ? "product" : "products"}
          next={products.last ? null : { from: String(table.from + products.content.length) }}
        />
      )}
      {groupOrder && groupOrder.content.length > 1 && (
        <Card className="mt-6">
          <h2 className="mb-3 font-semibold">Order in this group</h2>
          <SortableList
            key={groupOrder.content.map((p) => p.id).join()}
            kind="products"
            label="Product order"
            items={groupOrder.content.map((p) => ({ id: p.id, label: p.name }))}
          />
        </Card>
      )}
    </>
  );
}
