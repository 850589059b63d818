"use client";

import type { ReactNode } from "react";
import { LinkifiedText } from "@/components/shell/linkified-text";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table/data-table";
import { columnsFor } from "@/components/ui/data-table/features";
import type { OutboxEmailView, OutboxStatus } from "@/lib/email/outbox-schemas";
import type { TableSort } from "@/lib/input/table-query";

const tones = {
  outbox: "neutral",
  sending: "blue",
  retrying: "blue",
  sent: "green",
  failed: "red",
} as const satisfies Record<OutboxStatus, string>;

const utc = (iso: string) => `${iso.replace("T", " ").slice(0, 19)} UTC`;

const column = columnsFor<OutboxEmailView>();
const columns = column.columns([
  column.accessor("createdOn", {
    header: "Time",
    cell: (c) => (
      <time dateTime={c.getValue()} className="whitespace-nowrap">
        {utc(c.getValue())}
      </time>
    ),
  }),
  column.accessor("to", { header: "To", cell: (c) => <span className="break-all">{c.getValue()}</span> }),
  // The message opens under its subject: the demo's mailbox, where the links in it are followed.
  column.accessor("subject", {
    header: "Message",
    cell: (c) => (
      <details className="max-w-xl">
        <summary className="cursor-pointer font-medium">{c.getValue()}</summary>
        <p className="mt-2 text-sm">
          <LinkifiedText text={c.row.original.text} />
        </p>
      </details>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: (c) => (
      <>
        <Badge tone={tones[c.getValue()]}>{c.getValue()}</Badge>
        {c.row.original.error && (
          <span className="mt-1 block max-w-xs text-xs text-red-700 dark:text-red-400">
            {c.row.original.error}
            {c.row.original.attempts > 1 && ` (attempt ${c.row.original.attempts})`}
          </span>
        )}
      </>
    ),
  }),
]);

const csvColumns = [
  { header: "createdOn", value: (e: OutboxEmailView) => e.createdOn },
  { header: "to", value: (e: OutboxEmailView) => e.to },
  { header: "subject", value: (e: OutboxEmailView) => e.subject },
  { header: "status", value: (e: OutboxEmailView) => e.status },
  { header: "attempts", value: (e: OutboxEmailView) => e.attempts },
  { header: "sentOn", value: (e: OutboxEmailView) => e.sentOn ?? "" },
  { header: "error", value: (e: OutboxEmailView) => e.error ?? "" },
];

const rowId = (e: OutboxEmailView) => e.id;
const label = (e: OutboxEmailView) => `email to ${e.to} at ${utc(e.createdOn)}`;

/** Every email the portal sent, sorted by time through the URL; chosen rows export as CSV. */
export function OutboxTable({
  rows,
  sort,
  empty,
}: {
  rows: OutboxEmailView[];
  sort: { fields: readonly string[]; current: TableSort | undefined };
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Emails"
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowLabel={label}
      sort={sort}
      selection={{ csv: { filename: "outbox.csv", columns: csvColumns } }}
      empty={empty}
    />
  );
}
