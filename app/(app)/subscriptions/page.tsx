import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationFilter } from "@/components/organizations/organization-filter";
import { AccessDenied } from "@/components/shell/access-denied";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { subscriptionTableRow } from "@/components/subscriptions/table-row";
import { PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { subscriptionStatus } from "@/db/schema";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { keptTableParams, readListQuery } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";
import {
  listedSubscriberName,
  subscriptionListQuerySchema,
  subscriptionSortFields,
} from "@/lib/subscriptions";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { countSubscriptions, listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";
import { searchListedSubscribersAction } from "./actions";
import { opensSubscriptionDesk } from "./desk-access";

export const metadata: Metadata = { title: "Subscriptions" };

const filterKeys = ["q", "status", "live", "productId", "planId", "organizationId", "terms"] as const;

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

export default async function SubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensSubscriptionDesk(actor)) return <AccessDenied title="Subscriptions" />;
  const {
    table,
    query,
    filters: valid,
    invalid,
  } = readListQuery(filledParams(await searchParams), subscriptionSortFields, subscriptionListQuerySchema);
  const params = table.filters;
  const [page, total, choices, organizationName] = await Promise.all([
    listSubscriptionRows({ actor, query }),
    // The count's filter schema reads the filters alone (not the page's cursor).
    countSubscriptions({ actor, filter: query }),
    subscriptionFilterChoices({ actor }),
    valid.organizationId
      ? listedSubscriberName({ actor, list: "subscriptions", id: valid.organizationId })
      : null,
  ]);
  const filters = new URLSearchParams();
  for (const key of filterKeys) if (valid[key]) filters.set(key, valid[key]);
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
        invalid={invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-8"
      >
        <div className="lg:col-span-2">
          <TableSearch name="q" label="Search" placeholder="Organization, product or number" />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={params.status}
          options={subscriptionStatus.enumValues.map((s) => [s, s])}
        />
        <FilterSelect
          name="live"
          label="Running"
          value={params.live}
          options={[
            ["true", "Not ended"],
            ["false", "Ended"],
          ]}
        />
        <FilterSelect
          name="productId"
          label="Product"
          value={params.productId}
          options={names(choices.products)}
        />
        <FilterSelect name="planId" label="Plan" value={params.planId} options={names(choices.plans)} />
        <OrganizationFilter
          key={valid.organizationId ?? "any"}
          name="organizationId"
          label="Organization"
          chosen={valid.organizationId ? { id: valid.organizationId, name: organizationName } : null}
          find={searchListedSubscribersAction}
        />
        <FilterSelect
          name="terms"
          label="Terms"
          value={params.terms}
          options={[
            ["trial", "Trial"],
            ["paid", "Paid"],
          ]}
        />
      </FilterForm>
      <SubscriptionsTable
        rows={page.items.map(subscriptionTableRow)}
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
      <KeysetPager table={table} page={page} total={total} nouns={["subscription", "subscriptions"]} />
    </>
  );
}
