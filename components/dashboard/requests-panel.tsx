import type { OpenRequest } from "@/lib/dashboard/open-requests";
import { ContractStatusBadge } from "@/components/bundles/contract-status-badge";
import { day } from "@/components/subscriptions/format";
import { Panel, PanelItem, panelList } from "./panel";

/** The customer's requests still waiting for a provider's decision. */
export function RequestsPanel({ requests }: { requests: { total: number; items: OpenRequest[] } }) {
  return (
    <Panel
      title={`Open requests (${requests.total})`}
      href="/portal/bundles"
      empty={
        !requests.total && "No requests wait for a provider: plans that need approval are asked for here."
      }
    >
      <ul className={panelList}>
        {requests.items.map((r) => (
          <PanelItem key={r.id} href={`/portal/bundles/${r.id}`} title={r.name}>
            <span className="inline-flex flex-wrap items-center gap-2">
              <ContractStatusBadge status={r.contractStatus} />
              {r.providerName} · requested {day(r.requestedOn)}
            </span>
          </PanelItem>
        ))}
      </ul>
    </Panel>
  );
}
