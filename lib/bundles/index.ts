/**
 * The bundle domain: a customer organization's contract with one provider (wallis' bundle) —
 * the plans it asks for, why, and what the provider's approvers decide. Every function takes
 * `{ actor, … }`, validates with the zod schema named in bundle-schemas.ts, asks the commercial
 * policy (requestBundle: the customer's owners and admins; decideRequest: the provider's
 * owners, admins and approvers), and writes in one transaction with its audit event and its
 * `bundle_approvals` history rows. A `changeSequence` in the input is compared (stale → 409);
 * an action the state does not allow is a 409 naming the state (transitions.ts). Strangers
 * get 404; a provider never sees a customer's draft.
 *
 * - Customer: createBundle, updateBundle (business-case edits after the request wait in
 *   `pendingText`), addPlansToBundle (wallis' "create subscription"), submitBundle,
 *   requestTermination (either side), revealBundleAccessKey (a generated key's secret, once).
 * - Approver: startProcessing, decidePlans (per plan; the bundle's state is derived),
 *   decideBundles (bulk), terminateBundle (ends the subscriptions), recordManualExchange,
 *   updateAccessStatus (allow or block access with a note). Nobody decides a request of their
 *   own organization.
 * - Reads: getBundle and searchBundles (wallis' shape: bundle-view-schema.ts; `filter`
 *   grammar: bundle-filter.ts), listApprovalQueue (the approver's queue rows).
 * - Effects of an approval: the plan becomes a subscription at the requested version's terms;
 *   access per product exchange type (GENERATE_TOKEN: a product key; MANUAL_EXCHANGE: a
 *   recorded hand-off). Emails go through the outbox in the same transaction: the provider's
 *   approvers on a request, the requester on every decision (links: bundle-links.ts).
 * - Forms import bundle-schemas.ts, bundle-view-schema.ts, bundle-links.ts and transitions.ts
 *   directly: this index is server-only.
 */
import "server-only";
export { updateAccessStatus } from "./access-status";
export { addPlansToBundle } from "./add-plans";
export { listApprovalQueue, type ApprovalQueueRow } from "./approval-queue";
export { approvalPath, customerBundlePath } from "./bundle-links";
export * from "./bundle-schemas";
export type { ApprovalView, BundleView } from "./bundle-view-schema";
export { createBundle } from "./create-bundle";
export { decideBundles, type BulkOutcome } from "./decide-bundles";
export { decidePlans } from "./decide-plans";
export { getBundle } from "./get-bundle";
export { recordManualExchange } from "./record-manual-exchange";
export { requestTermination } from "./request-termination";
export { revealBundleAccessKey } from "./reveal-access-key";
export { searchBundles } from "./search-bundles";
export { startProcessing } from "./start-processing";
export { submitBundle } from "./submit-bundle";
export { terminateBundle } from "./terminate-bundle";
export { assertTransition, bundleActions, deriveContractStatus, mayTransition } from "./transitions";
export { updateBundle } from "./update-bundle";
