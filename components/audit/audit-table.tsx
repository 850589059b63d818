"use client";

import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import type { AuditEventView } from "@/lib/audit/schemas";
import type { TableSort } from "@/lib/input/table-query";

function Change({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-zinc-600 dark:text-zinc-400">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 dark:text-brand-300">Before / after</summary>
      <div className="mt-2 grid gap-2 lg:grid-cols-2">
        <pre className="max-w-md overflow-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">
          {JSON.stringify(before, null, 2)}
        </pre>
        <pre className="max-w-md overflow-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">
          {JSON.stringify(after, null, 2)}
        </pre>
      </div>
    </details>
  );
}

const when = (e: AuditEventView) => `${e.occurredOn.replace("T", " ").slice(0, 19)} UTC`;

const column = columnsFor<AuditEventView>();
const columns = column.columns([
  column.accessor("occurredOn", {
    header: "Time",
    cell: (c) => (
      <time dateTime={c.getValue()} className="whitespace-nowrap">
        {when(c.row.original)}
      </time>
    ),
  }),
  column.accessor("actorLabel", { header: "Actor" }),
  column.accessor("action", {
    header: "Action",
    cell: (c) => <code className="text-xs">{c.getValue()}</code>,
  }),
  column.accessor("objectType", {
    header: "Object",
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.objectId && (
          <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">
            {c.row.original.objectId}
          </span>
        )}
      </>
    ),
  }),
]);
const organization = column.accessor((e) => e.organizationName ?? e.organizationId ?? "—", {
  id: "organization",
  header: "Organization",
});
const change = column.display({
  id: "change",
  header: "Change",
  cell: (c) => <Change before={c.row.original.before} after={c.row.original.after} />,
});
const withOrganization = [...columns, organization, change];
const withoutOrganization = [...columns, change];

const csvColumns = [
  { header: "occurredOn", value: (e: AuditEventView) => e.occurredOn },
  { header: "actor", value: (e: AuditEventView) => e.actorLabel },
  { header: "action", value: (e: AuditEventView) => e.action },
  { header: "objectType", value: (e: AuditEventView) => e.objectType },
  { header: "objectId", value: (e: AuditEventView) => e.objectId ?? "" },
  { header: "organization", value: (e: AuditEventView) => e.organizationName ?? e.organizationId ?? "" },
  { header: "before", value: (e: AuditEventView) => (e.before == null ? "" : JSON.stringify(e.before)) },
  { header: "after", value: (e: AuditEventView) => (e.after == null ? "" : JSON.stringify(e.after)) },
];

const rowId = (e: AuditEventView) => e.id;
const label = (e: AuditEventView) => `${e.action} at ${when(e)}`;

/**
 * The audit log, newest first unless `sort` (the URL's, by the fields the domain sorts by) says
 * otherwise. Chosen events export as CSV.
 */
export function AuditTable({
  events,
  showOrganization,
  sort,
  empty,
}: {
  events: AuditEventView[];
  showOrganization: boolean;
  sort?: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Audit events"
      rows={events}
      columns={showOrganization ? withOrganization : withoutOrganization}
      rowId={rowId}
      rowLabel={label}
      sort={sort}
      selection={{ csv: { filename: "audit-events.csv", columns: csvColumns } }}
      empty={empty}
    />
  );
}
