import type { ApprovalQueueRow } from "@/lib/bundles/approval-queue";
import { ContractStatusBadge } from "@/components/bundles/contract-status-badge";
import { Panel, PanelItem, panelList } from "./panel";

/** The oldest requests waiting for a decision, and how many wait in all. */
export function ApprovalsPanel({ approvals }: { approvals: { total: number; items: ApprovalQueueRow[] } }) {
  return (
    <Panel
      title={`Pending approvals (${approvals.total})`}
      href="/approvals"
      linkLabel="Open the queue"
      empty={!approvals.total && "No requests wait for a decision."}
    >
      <ul className={panelList}>
        {approvals.items.map((r) => (
          <PanelItem key={r.id} href={`/approvals/${r.id}`} title={r.name}>
            <span className="inline-flex flex-wrap items-center gap-2">
              <ContractStatusBadge status={r.contractStatus} />
              {r.organizationName} · {r.products.map((p) => p.name).join(", ")} ·{" "}
              {r.ageDays === 1 ? "1 day" : `${r.ageDays} days`} waiting
            </span>
          </PanelItem>
        ))}
      </ul>
    </Panel>
  );
}
