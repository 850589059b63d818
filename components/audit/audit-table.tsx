import { Table, Td, Th } from "@/components/ui/table";
import type { AuditEventView } from "@/lib/audit/schemas";

function Change({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-zinc-400">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-600">Before / after</summary>
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

export function AuditTable({
  events,
  showOrganization,
}: {
  events: AuditEventView[];
  showOrganization: boolean;
}) {
  if (!events.length) return <p className="text-sm text-zinc-500">No events match.</p>;
  return (
    <Table caption="Audit events">
      <thead>
        <tr>
          <Th>Time</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Object</Th>
          {showOrganization && <Th>Organization</Th>}
          <Th>Change</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {events.map((event) => (
          <tr key={event.id}>
            <Td className="whitespace-nowrap">
              <time dateTime={event.occurredOn}>{event.occurredOn.replace("T", " ").slice(0, 19)} UTC</time>
            </Td>
            <Td>{event.actorLabel}</Td>
            <Td>
              <code className="text-xs">{event.action}</code>
            </Td>
            <Td>
              {event.objectType}
              {event.objectId && (
                <span className="block font-mono text-xs text-zinc-500">{event.objectId}</span>
              )}
            </Td>
            {showOrganization && <Td>{event.organizationName ?? event.organizationId ?? "—"}</Td>}
            <Td>
              <Change before={event.before} after={event.after} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
