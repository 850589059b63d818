import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { countAuditEvents, listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditListQuerySchema, auditSortFields } from "@/lib/audit/schemas";
import { keptTableParams, readListQuery } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Audit log" };

const textFilters = [
  { name: "action", label: "Action", placeholder: "api_key.create or api_key." },
  { name: "objectType", label: "Object type", placeholder: "user" },
  { name: "actor", label: "Actor", placeholder: "email or key name" },
] as const;
const filterNames = [...textFilters.map((f) => f.name), "organizationId", "from"];

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "audit.read")) return <AccessDenied title="Audit log" />;
  const params = filledParams(await searchParams);
  const { table, query, filters, invalid } = readListQuery(params, auditSortFields, auditListQuerySchema);
  const [page, total] = await Promise.all([
    listAuditEvents({ actor, query }),
    countAuditEvents({ actor, filter: query }),
  ]);
  const filtered = filterNames.some((name) => filters[name]);

  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it and what it changed." />
      <FilterForm
        label="Filter audit events"
        clearHref="/audit"
        invalid={invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
      >
        {textFilters.map((f) => (
          <label key={f.name} className="text-sm lg:col-span-1">
            {f.label}
            <Input name={f.name} defaultValue={params[f.name] ?? ""} placeholder={f.placeholder} />
          </label>
        ))}
        {actor.platformAdmin && (
          <label className="text-sm">
            Organization id
            <Input name="organizationId" defaultValue={params.organizationId ?? ""} />
          </label>
        )}
        <label className="text-sm">
          From
          <Input name="from" type="datetime-local" defaultValue={params.from?.slice(0, 16) ?? ""} />
        </label>
      </FilterForm>
      <AuditTable
        events={page.items}
        showOrganization={actor.platformAdmin}
        sort={{ fields: auditSortFields, current: table.sort ?? { field: "occurredOn", direction: "desc" } }}
        empty={
          filtered ? (
            <EmptyState
              title="No events match"
              description="No recorded change matches these filters."
              action={{ href: "/audit", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No events yet"
              description="Every change made in Subdesk, by a person or an API key, is recorded here with who made it and what it changed. Nothing has changed yet."
            />
          )
        }
      />
      <KeysetPager table={table} page={page} total={total} nouns={["event", "events"]} />
    </>
  );
}
