import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/shell/access-denied";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { PageHeader } from "@/components/ui/card";
import { TablePager } from "@/components/ui/data-table/table-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { inputClass } from "@/components/ui/input";
import { subscriptionStatus } from "@/db/schema";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { readTableQuery, type TableSort } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";
import { subscriptionListQuerySchema, subscriptionSortFields } from "@/lib/subscriptions";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { countSubscriptions, listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";
import { opensSubscriptionDesk } from "./desk-access";

export const metadata: Metadata = { title: "Subscriptions" };

const filterKeys = ["q", "status", "live", "productId", "planId", "organizationId", "terms"] as const;

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

const sortParam = (sort: TableSort | undefined) => (sort ? `${sort.field}.${sort.direction}` : undefined);

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

export default async function SubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensSubscriptionDesk(actor)) return <AccessDenied title="Subscriptions" />;
  const table = readTableQuery(filledParams(await searchParams), subscriptionSortFields);
  const params = table.filters;
  const parsed = subscriptionListQuerySchema.safeParse({
    ...params,
    sort: table.sort?.field,
    direction: table.sort?.direction,
    limit: table.size,
  });
  const query = parsed.success ? parsed.data : { limit: table.size };
  const [page, total, choices] = await Promise.all([
    listSubscriptionRows({ actor, query }),
    // The count's filter schema reads the filters alone (not the page's cursor).
    countSubscriptions({ actor, filter: parsed.success ? query : {} }),
    subscriptionFilterChoices({ actor }),
  ]);
  const filters = new URLSearchParams();
  if (parsed.success) for (const key of filterKeys) if (params[key]) filters.set(key, params[key]);
  const filtered = filters.size > 0;
  const mayCreate = can(actor, "subscriptions.manage");
  const names = (rows: { id: string; name: string }[]) => rows.map((r): [string, string] => [r.id, r.name]);

  return (
    <>
      <PageHeader
        title="Subscriptions"
        description="Who subscribes to which product, on which plan, and what happens next."
        actions={
          <div className="flex gap-2">
            <Link href="/subscriptions/review" className={secondaryLink}>
              Review queue
            </Link>
            <a href={`/subscriptions/export?${filters}`} className={secondaryLink}>
              Export CSV
            </a>
            {mayCreate && (
              <Link
                href="/subscriptions/new"
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                New subscription
              </Link>
            )}
          </div>
        }
      />
      <FilterForm
        label="Filter subscriptions"
        clearHref="/subscriptions"
        invalid={!parsed.success || table.invalid}
        keep={{ sort: sortParam(table.sort), size: table.size }}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-8"
      >
        <div className="lg:col-span-2">
          <TableSearch name="q" label="Search" placeholder="Organization, product or number" />
        </div>
        {select(
          "status",
          "Status",
          params.status,
          subscriptionStatus.enumValues.map((s) => [s, s]),
        )}
        {select("live", "Running", params.live, [
          ["true", "Not ended"],
          ["false", "Ended"],
        ])}
        {select("productId", "Product", params.productId, names(choices.products))}
        {select("planId", "Plan", params.planId, names(choices.plans))}
        {select("organizationId", "Organization", params.organizationId, names(choices.organizations))}
        {select("terms", "Terms", params.terms, [
          ["trial", "Trial"],
          ["paid", "Paid"],
        ])}
      </FilterForm>
      <SubscriptionsTable
        rows={page.items}
        sort={{ fields: subscriptionSortFields, current: table.sort }}
        mayCancel={mayCreate}
        empty={
          filtered ? (
            <EmptyState
              title="No subscriptions match"
              description="Nothing matches these filters. Clear them to see every subscription you may read."
              action={{ href: "/subscriptions", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No subscriptions yet"
              description="A subscription gives an organization a product on a plan: it appears here when you create one or a customer's request is approved."
              action={mayCreate ? { href: "/subscriptions/new", label: "New subscription" } : undefined}
            />
          )
        }
      />
      {page.items.length > 0 && (
        <TablePager
          from={table.from}
          shown={page.items.length}
          total={total.count}
          capped={total.capped}
          size={table.size}
          noun={total.count === 1 ? "subscription" : "subscriptions"}
          next={
            page.nextCursor ? { cursor: page.nextCursor, from: String(table.from + page.items.length) } : null
          }
        />
      )}
    </>
  );
}
