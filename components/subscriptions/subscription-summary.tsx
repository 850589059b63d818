import type { SubscriptionView } from "@/lib/subscriptions";
import { day, days, limit, nextDate, unitCost } from "./format";

function Facts({ title, rows }: { title: string; rows: [string, string][] }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-zinc-500">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const orNone = (value: string | null | undefined) => value || "—";

/** The subscription's state, terms, costs and payment details, read-only. */
export function SubscriptionSummary({ subscription: s }: { subscription: SubscriptionView }) {
  const next = nextDate(s);
  const address = s.paymentAddress;
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Facts
        title="Subscription"
        rows={[
          ["Organization", `${s.organizationName} (${s.organizationSlug})`],
          ["Provider", s.providerName],
          ["Product", `${s.productName} (#${s.productNumber})`],
          ["Plan", s.planName ? `${s.planName} (version ${s.planVersion})` : "None (the product alone)"],
          ["Quantity", String(s.quantity)],
          ["Status", s.endReason ? `${s.status} (${s.endReason})` : s.status],
          ["Barred", s.barredFor.length ? s.barredFor.join(", ") : "No"],
          ["Starts", day(s.startsOn)],
          [next.label[0]!.toUpperCase() + next.label.slice(1), day(next.at)],
          ["Cancels at period end", s.cancelAtPeriodEnd ? "Yes" : "No"],
          ["Created", `${day(s.createdOn)} by ${s.createdBy}`],
          ["Version", String(s.changeSequence)],
        ]}
      />
      <Facts
        title="Terms"
        rows={[
          ["Terms", s.terms],
          ["Period", days(s.subscriptionPeriod)],
          ["Grace period", days(s.gracePeriod)],
          ["Reminder before the end", s.reminderBeforePeriod === -1 ? "none" : days(s.reminderBeforePeriod)],
          ["App limit", limit(s.appLimit)],
          ["Namespace limit", limit(s.namespaceLimit)],
          ["Cost per app", unitCost(s.costPerAppUnitMinor)],
          ["Cost per namespace", unitCost(s.costPerNamespaceUnitMinor)],
        ]}
      />
      <Facts
        title="Payment details"
        rows={[
          ["Customer profile", orNone(s.customerProfileId)],
          ["Payment profile", orNone(s.paymentProfileId)],
          ["Payment expiry", orNone(s.paymentExpiry)],
          ["Name", orNone([s.paymentFirstName, s.paymentLastName].filter(Boolean).join(" "))],
          [
            "Address",
            address
              ? [
                  address.streetAddress1,
                  address.streetAddress2,
                  address.postalCode,
                  address.addressLocality,
                  address.addressRegion,
                  address.addressCountry,
                ]
                  .filter(Boolean)
                  .join(", ")
              : "—",
          ],
          ["Purchase order", orNone(s.purchaseOrderNumber)],
          ["License serial number", orNone(s.licenseSn)],
          ["Marketplace", orNone(s.marketplace)],
          ["Onboarding", s.onboardStatus],
          ["Labels", s.labels.map((l) => `${l.name}=${l.value}`).join(", ") || "—"],
        ]}
      />
    </div>
  );
}
