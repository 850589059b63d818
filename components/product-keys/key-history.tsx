import { moment } from "@/components/subscriptions/format";
import type { ProductKeyView } from "@/lib/product-keys";

interface Event {
  at: Date;
  what: string;
  detail?: string;
}

/**
 * A key's story from its own record, newest first: created, each secret issued (rotations),
 * disabled and revoked with their reasons. Every reader of the key may see these; the full
 * audit trail, with before and after, is the audit log's (for those who may read it).
 */
export function KeyHistory({ productKey: k }: { productKey: ProductKeyView }) {
  const events: Event[] = [
    { at: k.createdOn, what: `Created by ${k.createdBy}` },
    ...k.secrets.slice(0, -1).map((s) => ({ at: s.createdOn, what: `Rotated: secret ${s.prefix}… issued` })),
    ...(k.disabledOn ? [{ at: k.disabledOn, what: "Disabled", detail: k.disabledReason ?? undefined }] : []),
    ...(k.revokedOn ? [{ at: k.revokedOn, what: "Revoked", detail: k.revokedReason ?? undefined }] : []),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <ol aria-label="History" className="space-y-3 border-l border-zinc-200 pl-4 text-sm dark:border-zinc-800">
      {events.map((e, i) => (
        <li key={i}>
          <span className="font-medium">{e.what}</span> <span className="text-zinc-500">{moment(e.at)}</span>
          {e.detail && <p className="text-zinc-600 dark:text-zinc-400">Reason: {e.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
