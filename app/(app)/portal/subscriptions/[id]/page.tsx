import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import Link from "next/link";
import { CancelForm } from "@/components/portal/cancel-form";
import { OpenChanges } from "@/components/portal/open-changes";
import { PlanChangeForm } from "@/components/portal/plan-change-form";
import { QuantityForm } from "@/components/portal/quantity-form";
import { SubscriptionSummary } from "@/components/portal/subscription-summary";
import { day } from "@/components/subscriptions/format";
import { SubscriptionTimeline } from "@/components/subscriptions/subscription-timeline";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getSubscription, listOpenChanges, subscriptionHistory } from "@/lib/subscriptions";
import { namesInChanges } from "@/lib/subscriptions/change-names";
import { subscriptionControls } from "@/lib/subscriptions/subscription-controls";
import { planChangeChoices } from "@/lib/subscriptions/subscription-choices";

export const metadata: Metadata = { title: "Subscription" };

/**
 * One of the customer's subscriptions: its state and terms, the changes they may make (as
 * lib/subscriptions decides for this actor and this subscription), what waits, and the history.
 */
export default async function PortalSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const subscription = await orNotFound(getSubscription({ actor, id }));
  const [history, open, controls] = await Promise.all([
    subscriptionHistory({ actor, id }),
    listOpenChanges({ actor, query: { subscriptionId: id, limit: 200 } }),
    subscriptionControls({ actor, subscription }),
  ]);
  const [names, choices] = await Promise.all([
    namesInChanges(history),
    controls.changePlan ? planChangeChoices({ actor, id }) : [],
  ]);
  const version = { subscriptionId: id, changeSequence: subscription.changeSequence };
  const changeable = controls.changeQuantity || controls.changePlan || controls.cancel;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "My subscriptions", href: "/portal/subscriptions" },
          { label: `#${subscription.number}` },
        ]}
      />
      <PageHeader
        title={`${subscription.productName} · #${subscription.number}`}
        description={subscription.planName ?? undefined}
        actions={
          <Link href="/portal/subscriptions" className="text-sm font-medium text-brand-600 hover:underline">
            ← My subscriptions
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <SubscriptionSummary subscription={subscription} />
        </Card>
        <Card className="space-y-6">
          <h2 className="font-semibold">Changes</h2>
          {!changeable && (
            <p className="text-sm text-zinc-500">
              {subscription.status === "ended"
                ? "This subscription has ended: nothing more can change."
                : "You can follow this subscription here; its changes are made by your organization's owners and admins."}
            </p>
          )}
          {/* Keyed by version: after a change the forms start again from what is now saved. */}
          {controls.changeQuantity && (
            <QuantityForm
              key={`quantity-${subscription.changeSequence}`}
              {...version}
              quantity={subscription.quantity}
            />
          )}
          {controls.changePlan && (
            <PlanChangeForm key={`plan-${subscription.changeSequence}`} {...version} choices={choices} />
          )}
          {controls.cancel && (
            <CancelForm
              key={`cancel-${subscription.changeSequence}`}
              {...version}
              atPeriodEnd={controls.cancel.atPeriodEnd}
              periodEndsOn={subscription.currentPeriodEndsOn && day(subscription.currentPeriodEndsOn)}
            />
          )}
        </Card>
      </div>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">Pending changes</h2>
        <OpenChanges changes={open.items.map((i) => i.change)} names={names} withdraw={controls.withdraw} />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">History</h2>
        <SubscriptionTimeline changes={history} names={names} />
      </Card>
    </>
  );
}
