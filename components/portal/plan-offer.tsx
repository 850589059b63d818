import { Button } from "@/components/ui/button";
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
    return (
      <div className="mt-2">
        {/* Requests for approval arrive with the approvals release; the button says what will happen. */}
        <Button variant="secondary" disabled aria-describedby={id}>
          Needs approval — request it
        </Button>
        <p id={id} className="mt-1 text-xs text-zinc-500">
          An approver at the provider decides on this plan. Requesting it from here is coming soon.
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
