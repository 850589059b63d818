import type { Metadata } from "next";
import Link from "next/link";
import { toProductKeyRow } from "@/components/product-keys/key-row";
import { ProductKeysTable } from "@/components/product-keys/product-keys-table";
import { statusLabel } from "@/components/product-keys/status-badge";
import { OrganizationFilter } from "@/components/organizations/organization-filter";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { Input } from "@/components/ui/input";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { keptTableParams, readListQuery } from "@/lib/input/table-query";
import {
  listProductKeys,
  productKeyListFacts,
  productKeyListQuerySchema,
  productKeySortFields,
  productKeyStatuses,
} from "@/lib/product-keys";
import { filledParams } from "@/lib/search-params";
import { listedSubscriberName } from "@/lib/subscriptions";
import { searchKeyOwnersAction } from "./actions";
import { opensProductKeyDesk } from "./desk-access";

export const metadata: Metadata = { title: "Product keys" };

const filterKeys = ["q", "status", "organizationId", "productId", "tag"] as const;

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

export default async function ProductKeysPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensProductKeyDesk(actor)) return <AccessDenied title="Product keys" />;
  const {
    table,
    query,
    filters: valid,
    invalid,
  } = readListQuery(filledParams(await searchParams), productKeySortFields, productKeyListQuerySchema);
  const params = table.filters;
  const [page, facts, organizationName] = await Promise.all([
    listProductKeys({ actor, query }),
    productKeyListFacts({ actor, filter: query }),
    valid.organizationId
      ? listedSubscriberName({ actor, list: "productKeys", id: valid.organizationId })
      : null,
  ]);
  const filters = new URLSearchParams();
  for (const key of filterKeys) if (valid[key]) filters.set(key, valid[key]);
  const mayManage = can(actor, "subscriptions.manage");
  const names = (rows: { id: string; name: string }[]) => rows.map((r): [string, string] => [r.id, r.name]);

  return (
    <>
      <PageHeader
        title="Product keys"
        description="The keys your customers verify with, by prefix: the secrets themselves are shown only when made."
        actions={
          <div className="flex gap-2">
            <a href={`/product-keys/export?${filters}`} className={secondaryLink}>
              Export CSV
            </a>
            {mayManage && (
              <Link
                href="/product-keys/new"
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                New product key
              </Link>
            )}
          </div>
        }
      />
      <FilterForm
        label="Filter product keys"
        clearHref="/product-keys"
        invalid={invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <div className="lg:col-span-2">
          <TableSearch name="q" label="Search" placeholder="Key prefix (sdpk_…) or owner email" />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={params.status}
          options={productKeyStatuses.map((s) => [
            s,
            facts.counts ? `${statusLabel(s)} (${facts.counts[s] ?? 0})` : statusLabel(s),
          ])}
        />
        <OrganizationFilter
          key={valid.organizationId ?? "any"}
          name="organizationId"
          label="Organization"
          chosen={valid.organizationId ? { id: valid.organizationId, name: organizationName } : null}
          find={searchKeyOwnersAction}
        />
        <FilterSelect
          name="productId"
          label="Product"
          value={params.productId}
          options={names(facts.products)}
        />
        <label className="text-sm">
          Tag
          <Input name="tag" defaultValue={params.tag ?? ""} />
        </label>
      </FilterForm>
      <ProductKeysTable
        rows={page.items.map(toProductKeyRow)}
        sort={{
          fields: productKeySortFields,
          current: table.sort ?? { field: "createdOn", direction: "desc" },
        }}
        mayManage={mayManage}
        empty={
          filters.size ? (
            <EmptyState
              title="No product keys match"
              description="Nothing matches this search or these filters."
              action={{ href: "/product-keys", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No product keys yet"
              description="A product key lets a customer's software verify its subscription to your products; keys are listed here by prefix."
              action={mayManage ? { href: "/product-keys/new", label: "New product key" } : undefined}
            />
          )
        }
      />
      <KeysetPager table={table} page={page} total={facts.total} nouns={["key", "keys"]} />
    </>
  );
}
