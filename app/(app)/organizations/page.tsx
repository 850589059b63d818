import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationsTable } from "@/components/organizations/organizations-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { keptTableParams, readListQuery } from "@/lib/input/table-query";
import { countOrganizations, listOrganizations } from "@/lib/organizations/list-organizations";
import {
  organizationListQuerySchema,
  organizationSortFields,
  organizationStatuses,
} from "@/lib/organizations/schemas";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Organizations" };

const filterKeys = ["query", "status", "provider", "enterprise"] as const;

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "platform.organizations.manage")) return <AccessDenied title="Organizations" />;
  const {
    table,
    query,
    filters: valid,
    invalid,
  } = readListQuery(filledParams(await searchParams), organizationSortFields, organizationListQuerySchema);
  const params = table.filters;
  const [page, total] = await Promise.all([
    listOrganizations({ actor, query }),
    countOrganizations({ actor, filter: query }),
  ]);
  const filters = new URLSearchParams();
  for (const key of filterKeys) if (valid[key]) filters.set(key, valid[key]);

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Every customer and provider organization."
        actions={
          <div className="flex gap-2">
            <a
              href={`/organizations/export?${filters}`}
              className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Export CSV
            </a>
            <Link
              href="/organizations/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              New organization
            </Link>
          </div>
        }
      />
      <FilterForm
        label="Search organizations"
        clearHref="/organizations"
        invalid={invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        <div className="lg:col-span-2">
          <TableSearch name="query" label="Search" placeholder="Name or slug" />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={params.status}
          options={organizationStatuses.map((s) => [s, s.replace("_", " ")] as [string, string])}
        />
        <FilterSelect
          name="provider"
          label="Provider"
          value={params.provider}
          options={[
            ["true", "Providers"],
            ["false", "Customers"],
          ]}
        />
        <FilterSelect
          name="enterprise"
          label="Enterprise"
          value={params.enterprise}
          options={[
            ["true", "Yes"],
            ["false", "No"],
          ]}
        />
      </FilterForm>
      <OrganizationsTable
        rows={page.items.map((o) => ({
          id: o.id,
          name: o.name,
          slug: o.slug,
          organizationStatus: o.organizationStatus,
          provider: o.provider,
          enterpriseOrganization: o.enterpriseOrganization,
          createdOn: o.createdOn,
        }))}
        sort={{ fields: organizationSortFields, current: table.sort ?? { field: "name", direction: "asc" } }}
        empty={
          filters.size ? (
            <EmptyState
              title="No organizations match"
              description="Nothing matches this search or these filters."
              action={{ href: "/organizations", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No organizations yet"
              description="Customers and providers are organizations: people sign up into one, or you create it here."
              action={{ href: "/organizations/new", label: "New organization" }}
            />
          )
        }
      />
      <KeysetPager table={table} page={page} total={total} nouns={["organization", "organizations"]} />
    </>
  );
}
