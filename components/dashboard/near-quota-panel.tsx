import type { KeyUsage } from "@/lib/dashboard/key-usage";
import { formatCount } from "@/lib/number-format";
import { Panel, PanelItem, panelList } from "./panel";

/** Keys about to be refused, each with its share used and where its own warning is set. */
export function NearQuotaPanel({ keys }: { keys: KeyUsage[] }) {
  return (
    <Panel
      title="Keys near their quota"
      href="/product-keys"
      empty={!keys.length && "No key has used 80% of its quota or reached its warning threshold."}
    >
      <ul className={panelList}>
        {keys.map((k) => (
          <PanelItem key={k.id} href={`/product-keys/${k.id}`} title={k.description || "Product key"}>
            {k.organizationName} · {k.percentUsed}% used ({formatCount(k.consumedQuota)} of{" "}
            {k.quota !== null && formatCount(k.quota)})
            {k.quotaNotificationThreshold !== null && ` · warns at ${k.quotaNotificationThreshold}%`}
          </PanelItem>
        ))}
      </ul>
    </Panel>
  );
}
