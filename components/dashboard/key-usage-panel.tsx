import type { KeyUsage } from "@/lib/dashboard/key-usage";
import { QuotaGauge } from "@/components/product-keys/quota-gauge";
import { ProductKeyStatusBadge } from "@/components/product-keys/status-badge";
import { Panel, panelList } from "./panel";
import Link from "next/link";

/** The customer's keys with how much of each quota is used, the fullest first. */
export function KeyUsagePanel({ keys }: { keys: KeyUsage[] }) {
  return (
    <Panel
      title="Key usage"
      href="/portal/keys"
      empty={!keys.length && "You have no product keys: a provider issues them with a subscription."}
    >
      <ul className={panelList}>
        {keys.map((k) => (
          <li key={k.id} className="space-y-1 py-2 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={`/portal/keys/${k.id}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
              >
                {k.description || "Product key"}
              </Link>
              <ProductKeyStatusBadge status={k.status} />
            </div>
            <QuotaGauge quota={k.quota} consumed={k.consumedQuota} threshold={k.quotaNotificationThreshold} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
