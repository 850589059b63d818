"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiKeyView } from "@/lib/api-keys/schemas";

const when = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "never");

/** API keys as a table; with `onRevoke`, active keys get a Revoke button. */
export function ApiKeysTable({
  keys,
  onRevoke,
  revoking = false,
}: {
  keys: ApiKeyView[];
  onRevoke?: (key: ApiKeyView) => void;
  revoking?: boolean;
}) {
  if (keys.length === 0) return <p className="text-sm text-zinc-500">No API keys yet.</p>;
  return (
    <Table caption="API keys">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
          {onRevoke && <Th />}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {keys.map((key) => (
          <tr key={key.id} data-testid={`api-key-${key.prefix}`}>
            <Td>{key.name}</Td>
            <Td className="font-mono text-xs">{key.prefix}_…</Td>
            <Td>{when(key.createdOn)}</Td>
            <Td>{when(key.lastUsedOn)}</Td>
            <Td>{key.revokedOn ? <Badge tone="red">Revoked</Badge> : <Badge tone="green">Active</Badge>}</Td>
            {onRevoke && (
              <Td className="text-right">
                {!key.revokedOn && (
                  <Button variant="danger" disabled={revoking} onClick={() => onRevoke(key)}>
                    Revoke
                  </Button>
                )}
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
