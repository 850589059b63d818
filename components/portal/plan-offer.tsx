import Link from "next/link";
import type { PlanView } from "@/lib/catalog/plan-schemas";
import type { SubscribeOffer } from "@/lib/subscriptions/subscribe-offer";
import { SubscribeControl } from "./subscribe-control";

/**
 * What a plan on the portal's product page offers the customer, as lib/subscriptions decided:
 * Subscribe (or Start trial), a plan that waits for an approver, or why they cannot subscribe.
 */
export function PlanOffer({
  productId,
  plan,
  offer,
}: {
  productId: string;
  plan: PlanView;
  offer: SubscribeOffer;
}) {
  const how = offer.plans[plan.id];
  if (!how) return <p className="mt-2 text-xs text-zinc-500">Not offered today.</p>;
  if (how === "approval") {
    const id = `approval-${plan.id}`;
    const wizard = `/portal/bundles/new?${new URLSearchParams({ productId, planId: plan.id })}`;
    return (
      <div className="mt-2">
        {/* Such a plan is asked for in a bundle request; the wizard opens with it chosen. */}
        <Link
          href={wizard}
          aria-describedby={id}
          className="inline-flex rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Needs approval — request it
        </Link>
        <p id={id} className="mt-1 text-xs text-zinc-500">
          An approver at the provider decides on this plan: you send a request and follow it here.
        </p>
      </div>
    );
  }
  if (offer.refusal) return <p className="mt-2 text-xs text-zinc-500">{offer.refusal}</p>;
  return (
    <SubscribeControl
      productId={productId}
      plan={{ id: plan.id, name: plan.name, terms: plan.terms }}
      hasQuantity={offer.hasQuantity}
    />
  );
}
