import type { AccessStatusValue, ApprovalStatus } from "@/db/schema/bundles";
import { Badge } from "@/components/ui/badge";
import { moment } from "@/components/subscriptions/format";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";
import { ContractStatusBadge } from "./contract-status-badge";

interface Entry {
  at: string;
  what: string;
  /** A decision's state, or else an access's status. */
  decision?: ApprovalStatus;
  accessStatus?: AccessStatusValue;
  by: string;
  note: string | null;
}

/** Every decision-history row of a bundle, at bundle, product and plan level, and its accesses' statuses. */
function entriesOf(bundle: BundleView): Entry[] {
  const entries: Entry[] = bundle.approvals.map((a) => ({
    at: a.createdAt,
    what: "Request",
    decision: a.approvalStatus,
    by: a.createdByName,
    note: a.note,
  }));
  for (const product of bundle.bundleProducts) {
    for (const a of product.approvals) {
      entries.push({
        at: a.createdAt,
        what: product.name,
        decision: a.approvalStatus,
        by: a.createdByName,
        note: a.note,
      });
    }
    for (const plan of product.subscriptions) {
      for (const a of plan.approvals) {
        const what = `${product.name} · ${plan.planName}`;
        entries.push({
          at: a.createdAt,
          what,
          decision: a.approvalStatus,
          by: a.createdByName,
          note: a.note,
        });
      }
    }
  }
  for (const access of bundle.accesses) {
    for (const s of access.accessStatus) {
      const what = `Access: ${access.name}`;
      entries.push({ at: s.createdAt, what, accessStatus: s.statusValue, by: s.createdByName, note: s.note });
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

/** A bundle's whole history, newest first: who moved what to which state, when, and why. */
export function BundleHistory({ bundle }: { bundle: BundleView }) {
  const entries = entriesOf(bundle);
  if (!entries.length)
    return <p className="text-sm text-zinc-500">Nothing has happened yet: this is a draft.</p>;
  return (
    <ol aria-label="History" className="space-y-3">
      {entries.map((e, i) => (
        <li key={i} className="text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{e.what}</span>
            {e.decision ? (
              <ContractStatusBadge status={e.decision} />
            ) : (
              <Badge>{e.accessStatus?.replaceAll("_", " ").toLowerCase()}</Badge>
            )}
            <span className="text-zinc-500">
              {moment(e.at)} by {e.by}
            </span>
          </div>
          {e.note && <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">“{e.note}”</p>}
        </li>
      ))}
    </ol>
  );
}
