import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationStatusBadge } from "@/components/organizations/status-badge";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { Input, inputClass } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { filledParams } from "@/lib/search-params";
import { requireSessionActor } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { organizationListQuerySchema, organizationStatuses } from "@/lib/organizations/schemas";

export const metadata: Metadata = { title: "Organizations" };

type Params = Record<string, string | undefined>;

const filterKeys = ["query", "status", "provider", "enterprise", "sort", "direction"] as const;

function select(name: string, label: string, value: string | undefined, options: [string, string][]) {
  return (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireSessionActor();
  if (!can(actor, "platform.organizations.manage")) return <AccessDenied title="Organizations" />;
  const params = filledParams(await searchParams);
  const parsed = organizationListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : {};
  const page = await listOrganizations({ actor, query });
  const filters = new URLSearchParams();
  for (const key of filterKeys) if (params[key]) filters.set(key, params[key]);
  const next = page.nextCursor ? `?${new URLSearchParams([...filters, ["cursor", page.nextCursor]])}` : null;

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
        invalid={!parsed.success}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7"
      >
        <label className="text-sm lg:col-span-2">
          Search
          <Input name="query" defaultValue={params.query ?? ""} placeholder="Name or slug" />
        </label>
        {select("status", "Status", params.status, [
          ["", "Any"],
          ...organizationStatuses.map((s) => [s, s.replace("_", " ")] as [string, string]),
        ])}
        {select("provider", "Provider", params.provider, [
          ["", "Any"],
          ["true", "Providers"],
          ["false", "Customers"],
        ])}
        {select("enterprise", "Enterprise", params.enterprise, [
          ["", "Any"],
          ["true", "Yes"],
          ["false", "No"],
        ])}
        {select("sort", "Sort by", params.sort, [
          ["name", "Name"],
          ["slug", "Slug"],
          ["createdOn", "Created"],
        ])}
        {select("direction", "Order", params.direction, [
          ["asc", "Ascending"],
          ["desc", "Descending"],
        ])}
      </FilterForm>
      {page.items.length === 0 ? (
        <p className="text-sm text-zinc-500">No organizations match.</p>
      ) : (
        <Table caption="Organizations">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Slug</Th>
              <Th>Status</Th>
              <Th>Kind</Th>
              <Th>Created</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {page.items.map((o) => (
              <tr key={o.id}>
                <Td>
                  <Link
                    href={`/organizations/${o.id}`}
                    className="font-medium text-brand-600 hover:underline"
                  >
                    {o.name}
                  </Link>
                </Td>
                <Td className="font-mono text-xs">{o.slug}</Td>
                <Td>
                  <OrganizationStatusBadge status={o.organizationStatus} />
                </Td>
                <Td>
                  {o.provider ? "Provider" : "Customer"}
                  {o.enterpriseOrganization && " · Enterprise"}
                </Td>
                <Td>{o.createdOn.slice(0, 10)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {next && (
        <Link
          href={`/organizations${next}`}
          className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline"
        >
          Next page →
        </Link>
      )}
    </>
  );
}
