/**
 * The subscription domain: one model behind the Kodexa, Astra and MasStack APIs and the screens.
 * Every function takes `{ actor, … }`, validates its input with the zod schema named beside it
 * (subscription-schemas.ts), asks the commercial policy, and writes in one transaction with a
 * history row (`subscription_changes`) and an audit event. A `changeSequence` in the input is
 * compared first (stale → 409). Strangers get 404, readers without the right 403.
 *
 * - Reads: getSubscription (a SubscriptionView: the row + names + barredFor), listSubscriptions
 *   (filters status/live/product/plan/organization/provider/terms, q = names or number; keyset
 *   `cursor`), subscriptionConditions (the same filters as SQL, for CSV or other page shapes),
 *   subscriptionHistory (newest first), listOpenChanges (pending + held; `state: "held"` is the
 *   review queue), listBarrings.
 * - Writes: createSubscription, changePlan / pauseSubscription / resumeSubscription /
 *   cancelSubscription (each answers { subscription, change, outcome: applied | pending | held }),
 *   changeQuantity, endSubscription (API DELETEs), updateSubscriptionDetails (Astra's payment
 *   fields), editSubscriptionTerms (the provider's limits and costs), applyBarring / liftBarring,
 *   cancelPendingChange, decideHeldChange.
 * - Policy: mayCommercial (to show or hide a button), authorizeCommercial, commercialListScope —
 *   generic over { subscriberOrganizationId, providerOrganizationId } for bundles and product keys.
 * - Forms import their schemas from subscription-schemas.ts itself: this index is server-only.
 * - Lifecycle: lifecycle.ts (the transition table, whole-day periods); jobs/subscriptions-tick.ts
 *   (the minute job; runSubscriptionLifecycle for tests).
 */
import "server-only";
export { applyBarring, liftBarring, listBarrings } from "./barrings";
export { cancelSubscription, endSubscription } from "./cancel-subscription";
export { cancelSubscriptions } from "./cancel-subscriptions";
export { changePlan, planChangeRisk } from "./change-plan";
export { changeQuantity } from "./change-quantity";
export {
  authorizeCommercial,
  commercialActions,
  commercialListScope,
  commercialRole,
  mayCommercial,
  type CommercialAction,
  type CommercialRecord,
  type CommercialRole,
} from "./commercial-policy";
export { createSubscription } from "./create-subscription";
export { decideHeldChange } from "./decide-held-change";
export { editSubscriptionTerms } from "./edit-terms";
export { canTransition, transitions } from "./lifecycle";
export { pauseSubscription, resumeSubscription } from "./pause-resume";
export { cancelPendingChange, listOpenChanges } from "./pending-changes";
export {
  getSubscription,
  listSubscriptions,
  presentSubscriptions,
  subscriptionConditions,
  type SubscriptionView,
} from "./read-subscriptions";
export type { ChangeOutcome } from "./request-change";
export { listedSubscriberName, searchListedSubscribers } from "./listed-organization-search";
export { searchSubscribers } from "./subscriber-search";
export { subscriptionHistory } from "./subscription-history";
export * from "./subscription-schemas";
export { updateSubscriptionDetails } from "./update-details";
