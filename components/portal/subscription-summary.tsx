import type { ReactNode } from "react";
import { day, days, limit, nextDate, unitCost } from "@/components/subscriptions/format";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { Badge } from "@/components/ui/badge";
import type { SubscriptionView } from "@/lib/subscriptions";

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
  const next = nextDate(s);
  return (
    <dl aria-label="Subscription" className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
      <Row term="Status">
        <SubscriptionStatusBadge status={s.status} />{" "}
        {next.at ? `${next.label} ${day(next.at)}` : "no end date"}
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
        {days(s.subscriptionPeriod)} · grace {days(s.gracePeriod)}
        {s.reminderBeforePeriod >= 0 && ` · reminder ${days(s.reminderBeforePeriod)} ahead`}
      </Row>
      <Row term="Limits">
        apps {limit(s.appLimit)} · namespaces {limit(s.namespaceLimit)}
      </Row>
      <Row term="Costs">
        {unitCost(s.costPerAppUnitMinor)} / app · {unitCost(s.costPerNamespaceUnitMinor)} / namespace
      </Row>
      {s.endReason && <Row term="Ended because">{s.endReason}</Row>}
    </dl>
  );
}
