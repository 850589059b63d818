import type { Actor } from "@/lib/auth/actor";
import { fromMinorUnits } from "@/lib/money";
import { mayCommercial, transitions, type SubscriptionView } from "@/lib/subscriptions";
import { commercialRecordOf } from "@/lib/subscriptions/load-subscription";
import { planChangeChoices } from "@/lib/subscriptions/subscription-choices";
import { CancelSubscriptionForm } from "./cancel-subscription-form";
import { ChangePlanForm } from "./change-plan-form";
import { ChangeQuantityForm } from "./change-quantity-form";
import { EditTermsForm } from "./edit-terms-form";
import { PauseResumeForm } from "./pause-resume-form";

/**
 * The forms that change a subscription, each shown when the commercial policy lets the actor
 * take its action; an ended subscription (no transition left in the lifecycle table) takes none.
 */
export async function ManageSection({
  actor,
  subscription: s,
}: {
  actor: Actor;
  subscription: SubscriptionView;
}) {
  if (transitions[s.status].length === 0) {
    return <p className="text-sm text-zinc-500">This subscription has ended: nothing more can change.</p>;
  }
  const may = (action: Parameters<typeof mayCommercial>[2]) =>
    mayCommercial(actor, commercialRecordOf(s), action);
  const ids = { subscriptionId: s.id, changeSequence: s.changeSequence };
  const forms = [
    may("changePlan") && (
      <ChangePlanForm key="plan" {...ids} choices={await planChangeChoices({ actor, id: s.id })} />
    ),
    may("changeQuantity") && <ChangeQuantityForm key="quantity" {...ids} quantity={s.quantity} />,
    may("pause") && <PauseResumeForm key="pause" {...ids} paused={s.status === "paused"} />,
    may("editTerms") && (
      <EditTermsForm
        key="terms"
        {...ids}
        terms={{
          appLimit: s.appLimit,
          namespaceLimit: s.namespaceLimit,
          costPerAppUnit: fromMinorUnits(s.costPerAppUnitMinor, 2),
          costPerNamespaceUnit: fromMinorUnits(s.costPerNamespaceUnitMinor, 2),
          gracePeriod: s.gracePeriod,
          reminderBeforePeriod: s.reminderBeforePeriod,
        }}
      />
    ),
    may("cancel") && <CancelSubscriptionForm key="cancel" {...ids} />,
  ].filter(Boolean);
  if (!forms.length) {
    return <p className="text-sm text-zinc-500">Your role lets you read this subscription, not change it.</p>;
  }
  return <div className="space-y-8 divide-zinc-200 dark:divide-zinc-800">{forms}</div>;
}
