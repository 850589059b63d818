import type { EndingTrial } from "@/lib/dashboard/trials-ending";
import { day } from "@/components/subscriptions/format";
import { Panel, PanelItem, panelList } from "./panel";

export function TrialsPanel({ trials }: { trials: EndingTrial[] }) {
  return (
    <Panel
      title="Trials ending in the next 7 days"
      href="/subscriptions?status=trialing"
      empty={!trials.length && "No trials end in the next 7 days."}
    >
      <ul className={panelList}>
        {trials.map((t) => (
          <PanelItem
            key={t.subscriptionId}
            href={`/subscriptions/${t.subscriptionId}`}
            title={`${t.organizationName} · ${t.productName}`}
          >
            {t.daysLeft === 1 ? "1 day left" : `${t.daysLeft} days left`} · ends {day(t.endsOn)}
          </PanelItem>
        ))}
      </ul>
    </Panel>
  );
}
