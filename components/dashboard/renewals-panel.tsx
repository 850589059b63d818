import type { SubscriptionRenewal } from "@/lib/dashboard/subscription-renewals";
import { day } from "@/components/subscriptions/format";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { Panel, PanelItem, panelList } from "./panel";

/** The customer's running subscriptions, each with what happens next and when. */
export function RenewalsPanel({ renewals }: { renewals: SubscriptionRenewal[] }) {
  return (
    <Panel
      title="Your subscriptions"
      href="/portal/subscriptions"
      empty={
        !renewals.length && "You have no running subscriptions: pick a plan in the catalog to start one."
      }
    >
      <ul className={panelList}>
        {renewals.map((s) => (
          <PanelItem
            key={s.id}
            href={`/portal/subscriptions/${s.id}`}
            title={s.planName ? `${s.productName} · ${s.planName}` : s.productName}
          >
            <span className="inline-flex flex-wrap items-center gap-2">
              <SubscriptionStatusBadge status={s.status} />
              <span>{s.next ? `${s.next.event} ${day(s.next.on)}` : "nothing scheduled"}</span>
            </span>
          </PanelItem>
        ))}
      </ul>
    </Panel>
  );
}
