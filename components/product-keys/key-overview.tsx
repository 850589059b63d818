import { UsageChart, type UsagePoint } from "@/components/charts/usage-chart";
import { Card, PageHeader } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { keyRecord, type ProductKeyView } from "@/lib/product-keys";
import { mayCommercial } from "@/lib/subscriptions/commercial-policy";
import { KeyActions } from "./key-actions";
import { KeyDetails } from "./key-details";
import { KeyHistory } from "./key-history";
import { KeySecrets } from "./key-secrets";
import { QuotaGauge } from "./quota-gauge";
import { ProductKeyStatusBadge } from "./status-badge";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <section aria-label={title}>
        <h2 className="mb-3 font-semibold">{title}</h2>
        {children}
      </section>
    </Card>
  );
}

/**
 * One key's page, for the provider's desk and the customer's portal alike: status and quota,
 * usage over time, secrets by prefix, fields and history. Which buttons show is the commercial
 * policy's answer for this reader (mayCommercial), never a rule of the page; a disabled key
 * offers Enable, a working one Disable, and a revoked one nothing.
 */
export function KeyOverview({
  actor,
  productKey: k,
  usage,
  at,
}: {
  actor: Actor;
  productKey: ProductKeyView;
  usage: UsagePoint[];
  at: Date;
}) {
  const may = (action: Parameters<typeof mayCommercial>[2]) => mayCommercial(actor, keyRecord(k), action);
  const live = !k.revokedOn;
  const moves = {
    rotate: live && may("rotateKey"),
    disable: live && !k.disabledOn && may("manageKey"),
    enable: live && !!k.disabledOn && may("manageKey"),
    revoke: live && may("revokeKey"),
  };
  return (
    <>
      <PageHeader
        title={k.description || `Key ${k.prefix ?? ""}…`}
        description={`${k.prefix ? `${k.prefix}… · ` : ""}${k.organizationName} · ${k.products.map((p) => p.name).join(", ")}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ProductKeyStatusBadge status={k.status} />
            <KeyActions id={k.id} moves={moves} />
          </div>
        }
      />
      <div className="grid gap-6">
        {(k.disabledReason || k.revokedReason) && (
          <p
            role="note"
            className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-300"
          >
            {k.revokedOn ? `Revoked: ${k.revokedReason}` : `Disabled: ${k.disabledReason}`}
          </p>
        )}
        <Section title="Quota">
          <QuotaGauge quota={k.quota} consumed={k.consumedQuota} threshold={k.quotaNotificationThreshold} />
        </Section>
        <Section title="Usage">
          <UsageChart points={usage} label="Usage per day" />
        </Section>
        <Section title="Secrets">
          <KeySecrets secrets={k.secrets} at={at} />
        </Section>
        <Section title="Details">
          <KeyDetails productKey={k} />
        </Section>
        <Section title="History">
          <KeyHistory productKey={k} />
        </Section>
      </div>
    </>
  );
}
