import type { Metadata } from "next";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { TableSearch } from "@/components/ui/data-table/table-search";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { countOutbox, listOutbox } from "@/lib/email/list-outbox";
import { outboxListQuerySchema, outboxSortFields, outboxStatuses } from "@/lib/email/outbox-schemas";
import { keptTableParams, readListQuery } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Outbox" };

const filterKeys = ["to", "status"] as const;

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "platform.outbox.read")) return <AccessDenied title="Outbox" />;
  const { table, query, filters, invalid } = readListQuery(
    filledParams(await searchParams),
    outboxSortFields,
    outboxListQuerySchema,
  );
  const [page, total] = await Promise.all([
    listOutbox({ actor, query }),
    countOutbox({ actor, filter: query }),
  ]);
  const filtered = filterKeys.some((key) => filters[key]);

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email the portal sent. Without SMTP configured, this is where mail lands."
      />
      <FilterForm
        label="Filter emails"
        clearHref="/outbox"
        invalid={invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <TableSearch name="to" label="Recipient" placeholder="Recipient contains…" />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          options={outboxStatuses.map((s) => [s, s])}
        />
      </FilterForm>
      <OutboxTable
        rows={page.items}
        sort={{ fields: outboxSortFields, current: table.sort ?? { field: "createdOn", direction: "desc" } }}
        empty={
          filtered ? (
            <EmptyState
              title="No emails match"
              description="No email matches this recipient or status."
              action={{ href: "/outbox", label: "Clear filters" }}
            />
          ) : (
            <EmptyState
              title="No emails yet"
              description="Every email the portal sends (verifications, invitations, notices) is kept here."
            />
          )
        }
      />
      <KeysetPager table={table} page={page} total={total} nouns={["email", "emails"]} />
    </>
  );
}
