import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { SubscriptionView } from "@/lib/subscriptions";
import { formatMoney } from "@/lib/money";
import { SubscriptionStatusBadge } from "./status-badge";
import { day, NextDate } from "./subscription-dates";

const limit = (n: number) => (n === -1 ? "unlimited" : String(n));
const days = (n: number) => (n === -1 ? "no end" : `${n} days`);

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5">
      <dt className="text-zinc-500">{term}</dt>
      <dd className="col-span-2">{children}</dd>
    </div>
  );
}

/** A subscription at a glance: what, in which state, until when, on which terms. */
export function SubscriptionSummary({ subscription: s }: { subscription: SubscriptionView }) {
  return (
    <dl aria-label="Subscription" className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
      <Row term="Status">
        <SubscriptionStatusBadge status={s.status} /> <NextDate subscription={s} />
        {s.barredFor.map((reason) => (
          <span key={reason} className="ml-2">
            <Badge tone="red">barred: {reason}</Badge>
          </span>
        ))}
      </Row>
      <Row term="Product">
        {s.productName} · {s.providerName}
      </Row>
      <Row term="Plan">
        {s.planName ? `${s.planName} (v${s.planVersion}, ${s.terms})` : `No plan (${s.terms})`}
      </Row>
      <Row term="Quantity">{s.quantity}</Row>
      <Row term="Started">{day(s.startsOn)}</Row>
      <Row term="Period">
        {days(s.subscriptionPeriod)} · grace {s.gracePeriod} days
        {s.reminderBeforePeriod >= 0 && ` · reminder ${s.reminderBeforePeriod} days ahead`}
      </Row>
      <Row term="Limits">
        apps {limit(s.appLimit)} · namespaces {limit(s.namespaceLimit)}
      </Row>
      <Row term="Costs">
        {formatMoney(s.costPerAppUnitMinor, "USD")} / app · {formatMoney(s.costPerNamespaceUnitMinor, "USD")}{" "}
        / namespace
      </Row>
      {s.endReason && <Row term="Ended because">{s.endReason}</Row>}
    </dl>
  );
}
