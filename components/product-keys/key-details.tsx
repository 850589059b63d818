import type { ReactNode } from "react";
import { day, moment } from "@/components/subscriptions/format";
import type { ProductKeyView } from "@/lib/product-keys";

const list = (items: string[]) => (items.length ? items.join(", ") : "—");
const yes = (on: boolean) => (on ? "Yes" : "No");

/** A key's fields, grouped as the create form groups them; never its secret (nobody has it). */
export function KeyDetails({ productKey: k }: { productKey: ProductKeyView }) {
  const groups: [string, [string, ReactNode][]][] = [
    [
      "Key",
      [
        ["Description", k.description || "—"],
        ["Products", list(k.products.map((p) => p.name))],
        ["Owner organization", k.organizationName],
        ["Provider", k.providerName],
        ["Tags", list(k.tags)],
        ["Valid from", day(k.startsOn)],
        ["Expires", k.expiresOn ? day(k.expiresOn) : "never"],
        ["Valid switch", k.valid ? "on" : "off"],
        ["Last used", moment(k.lastUsedOn)],
      ],
    ],
    [
      "Owner",
      [
        ["Name", `${k.firstName} ${k.lastName}`],
        ["Email", k.ownerEmail],
        ["Company", k.company ?? "—"],
      ],
    ],
    [
      "Terms",
      [
        ["SLA definitions", k.slaDefinitionIds.length],
        ["Pricing rules", k.pricingRuleIds.length],
        ["External quote", k.externalQuoteId ?? "—"],
        ["Mid-period cancellation", yes(k.allowMidPeriodCancellation)],
        ["Disable on payment failure", yes(k.disableOnPaymentFailure)],
        ["Notify before trial ends", yes(k.notifyBeforeTrialExpiry)],
      ],
    ],
    [
      "Applications and notifications",
      [
        ["Applications", list(k.applications)],
        ["External application", k.externalApplicationId ?? "—"],
        ["Named consumers", list(k.namedConsumers)],
        ["Notify owner at threshold", yes(k.notifyOwnerOnQuotaThreshold)],
        ["Also notified at threshold", list(k.notificationAddressesOnQuotaThreshold)],
      ],
    ],
  ];
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {groups.map(([title, rows]) => (
        <section key={title} aria-label={title}>
          <h3 className="mb-2 text-sm font-semibold">{title}</h3>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-zinc-500">{term}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
