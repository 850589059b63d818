import type { Metadata } from "next";
import Link from "next/link";
import { BundlesTable } from "@/components/bundles/bundles-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { TablePager } from "@/components/ui/data-table/table-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { bundleSortFields, searchBundles } from "@/lib/bundles";
import { keptTableParams, readTableQuery } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "My requests" };

/** The customer's bundle requests, newest first: drafts, requests waiting, decided contracts. */
export default async function MyBundlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="My requests" />;
  const table = readTableQuery(filledParams(await searchParams), bundleSortFields);
  const sort = table.sort ?? { field: "createdAt", direction: "desc" };
  const q = table.filters.q?.slice(0, 200);
  // The search pages by offset: the table's position names the page.
  const page = await searchBundles({
    actor,
    input: {
      q,
      sort: `${sort.field} ${sort.direction}`,
      page: Math.floor((table.from - 1) / table.size),
      size: table.size,
    },
  });
  const mayRequest = can(actor, "subscriptions.manage");
  return (
    <>
      <PageHeader
        title="My requests"
        description="Plans you asked providers for, and what they decided."
        actions={
          mayRequest && (
            <Link
              href="/portal/bundles/new"
              className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
            >
              New request →
            </Link>
          )
        }
      />
      <FilterForm
        label="Search requests"
        clearHref="/portal/bundles"
        invalid={table.invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3"
      >
        <TableSearch name="q" label="Search" placeholder="Request, provider or product" />
      </FilterForm>
      <BundlesTable
        rows={page.content}
        sort={{ fields: bundleSortFields, current: sort }}
        empty={
          q ? (
            <EmptyState
              title="No requests match"
              description="Nothing matches this search."
              action={{ href: "/portal/bundles", label: "Clear search" }}
            />
          ) : (
            <EmptyState
              title="No requests yet"
              description="Plans that need a provider's approval are asked for here; each request shows what the provider decided."
              action={mayRequest ? { href: "/portal/bundles/new", label: "Request plans" } : undefined}
            />
          )
        }
      />
      {page.content.length > 0 && (
        <TablePager
          from={table.from}
          shown={page.content.length}
          total={page.totalElements}
          size={table.size}
          noun={page.totalElements === 1 ? "request" : "requests"}
          next={page.last ? null : { from: String(table.from + page.content.length) }}
        />
      )}
    </>
  );
}
