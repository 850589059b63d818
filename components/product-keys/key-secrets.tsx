import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { moment } from "@/components/subscriptions/format";
import type { ProductKeySecretView } from "@/lib/product-keys";

/** Whether a secret works at `at`: not revoked, and its rotation grace (if any) not over. */
const works = (s: ProductKeySecretView, at: number) =>
  !s.revokedOn && (!s.expiresOn || s.expiresOn.getTime() > at);

/**
 * The key's secrets by prefix, newest first: after a rotation the old one keeps working beside
 * the new one until its end, which is shown here.
 */
export function KeySecrets({ secrets, at }: { secrets: ProductKeySecretView[]; at: Date }) {
  if (!secrets.length) return <p className="text-sm text-zinc-500">No secret yet: it is issued later.</p>;
  return (
    <Table caption="Secrets">
      <thead>
        <tr>
          <Th>Prefix</Th>
          <Th>Created</Th>
          <Th>Works until</Th>
          <Th>State</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {secrets.map((s) => (
          <tr key={s.id}>
            <Td className="font-mono">{s.prefix}…</Td>
            <Td>{moment(s.createdOn)}</Td>
            <Td>
              {s.revokedOn ? `revoked ${moment(s.revokedOn)}` : s.expiresOn ? moment(s.expiresOn) : "—"}
            </Td>
            <Td>{works(s, at.getTime()) ? <Badge tone="green">works</Badge> : <Badge>ended</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
