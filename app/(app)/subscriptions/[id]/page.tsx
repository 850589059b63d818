import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { ReactNode } from "react";
import { SubscriptionMarkers } from "@/components/subscriptions/markers";
import { openChangeRows } from "@/components/subscriptions/open-change-rows";
import { OpenChangesTable } from "@/components/subscriptions/open-changes-table";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { SubscriptionSummary } from "@/components/subscriptions/subscription-summary";
import { SubscriptionTimeline } from "@/components/subscriptions/subscription-timeline";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getSubscription, subscriptionHistory } from "@/lib/subscriptions";
import { namesInChanges } from "@/lib/subscriptions/change-names";
import { BarringsSection } from "@/components/subscriptions/barrings-section";
import { ManageSection } from "@/components/subscriptions/manage-section";

export const metadata: Metadata = { title: "Subscription" };

const tabs = [
  { id: "overview", label: "Overview" },
  { id: "manage", label: "Manage" },
  { id: "history", label: "History" },
  { id: "barrings", label: "Barrings" },
];

export default async function SubscriptionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const actor = await requireSessionActor();
  const { id } = await params;
  // A subscription the actor may not read answers exactly like a missing one.
  const subscription = await orNotFound(getSubscription({ actor, id }));
  const requested = (await searchParams).tab;
  const tab = tabs.find((t) => t.id === requested)?.id ?? "overview";

  let content: ReactNode;
  switch (tab) {
    case "manage":
      content = <ManageSection actor={actor} subscription={subscription} />;
      break;
    case "history": {
      const changes = await subscriptionHistory({ actor, id });
      content = <SubscriptionTimeline changes={changes} names={await namesInChanges(changes)} />;
      break;
    }
    case "barrings":
      content = <BarringsSection actor={actor} subscription={subscription} />;
      break;
    default: {
      const { rows } = await openChangeRows(
        actor,
        { subscriptionId: id, limit: 200 },
        { withSubscription: false },
      );
      content = (
        <div className="space-y-8">
          <SubscriptionSummary subscription={subscription} />
          <section aria-label="Waiting changes">
            <h2 className="mb-2 font-semibold">Pending and held changes</h2>
            <OpenChangesTable rows={rows} caption="Pending and held changes" />
          </section>
        </div>
      );
    }
  }

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Subscriptions", href: "/subscriptions" }, { label: `#${subscription.number}` }]}
      />
      <PageHeader
        title={`Subscription #${subscription.number}`}
        description={`${subscription.organizationName} · ${subscription.productName}${subscription.planName ? ` · ${subscription.planName}` : ""}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <SubscriptionStatusBadge status={subscription.status} />
            <SubscriptionMarkers barredFor={subscription.barredFor} waiting={[]} />
          </div>
        }
      />
      <LinkTabs tabs={tabs} active={tab} base={`/subscriptions/${id}`} />
      <Card>{content}</Card>
    </>
  );
}
