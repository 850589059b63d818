import type { Metadata } from "next";
import Link from "next/link";
import { toProductKeyRow } from "@/components/product-keys/key-row";
import { ProductKeysTable } from "@/components/product-keys/product-keys-table";
import { statusLabel } from "@/components/product-keys/status-badge";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { Input, inputClass } from "@/components/ui/input";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { listProductKeys, productKeyListQuerySchema, productKeyStatuses } from "@/lib/product-keys";
import { filledParams } from "@/lib/search-params";
import { opensProductKeyDesk } from "./desk-access";
import { productKeyListFacts } from "./list-facts";

export const metadata: Metadata = { title: "Product keys" };

const filterKeys = ["q", "status", "organizationId", "productId", "tag"] as const;

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

function select(name: string, label: string, value: string | undefined, options: [string, string][]) {
  return (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function ProductKeysPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensProductKeyDesk(actor)) return <AccessDenied title="Product keys" />;
  const params = filledParams(await searchParams);
  const parsed = productKeyListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : productKeyListQuerySchema.parse({});
  const [page, facts] = await Promise.all([
    listProductKeys({ actor, query }),
    productKeyListFacts({ actor, filter: query }),
  ]);
  const filters = new URLSearchParams();
  if (parsed.success) for (const key of filterKeys) if (params[key]) filters.set(key, params[key]);
  const next = page.nextCursor ? `?${new URLSearchParams([...filters, ["cursor", page.nextCursor]])}` : null;
  const total = query.status
    ? (facts.counts[query.status] ?? 0)
    : Object.values(facts.counts).reduce((sum, n) => sum + n, 0);
  const names = (rows: { id: string; name: string }[]) => rows.map((r): [string, string] => [r.id, r.name]);

  return (
    <>
      <PageHeader
        title="Product keys"
        description={`${total.toLocaleString("en")} key${total === 1 ? "" : "s"} match.`}
        actions={
          <div className="flex gap-2">
            <a href={`/product-keys/export?${filters}`} className={secondaryLink}>
              Export CSV
            </a>
            {can(actor, "subscriptions.manage") && (
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
        invalid={!parsed.success}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="text-sm lg:col-span-2">
          Search
          <Input name="q" defaultValue={params.q ?? ""} placeholder="Key prefix (sdpk_…) or owner email" />
        </label>
        {select(
          "status",
          "Status",
          params.status,
          productKeyStatuses.map((s) => [s, `${statusLabel(s)} (${facts.counts[s] ?? 0})`]),
        )}
        {select("organizationId", "Organization", params.organizationId, names(facts.organizations))}
        {select("productId", "Product", params.productId, names(facts.products))}
        <label className="text-sm">
          Tag
          <Input name="tag" defaultValue={params.tag ?? ""} />
        </label>
      </FilterForm>
      <ProductKeysTable rows={page.items.map(toProductKeyRow)} />
      {next && (
        <Link
          href={`/product-keys${next}`}
          className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline"
        >
          Next page →
        </Link>
      )}
    </>
  );
}
