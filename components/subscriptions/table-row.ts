import type { Subscription } from "@/db/schema";
import type { SubscriptionRow } from "@/lib/subscriptions/subscription-rows";

/** What the next-date column reads of a subscription (components/subscriptions/format.ts). */
export type NextDateFields = Pick<
  Subscription,
  "status" | "startsOn" | "currentPeriodEndsOn" | "graceEndsOn" | "endedOn" | "pausedOn" | "cancelAtPeriodEnd"
>;

/** A subscriptions table's row: what its columns, menus, CSV and bulk cancel read, and no more. */
export type SubscriptionTableRow = NextDateFields &
  Pick<
    SubscriptionRow,
    | "id"
    | "number"
    | "organizationId"
    | "organizationName"
    | "productName"
    | "planName"
    | "terms"
    | "barredFor"
    | "waiting"
    | "createdOn"
  >;

/**
 * A list row cut to the table's fields. The server pages hand rows to a client table, and every
 * field handed over travels in the page's payload: a whole subscription is three times the size.
 */
export function subscriptionTableRow(s: SubscriptionRow): SubscriptionTableRow {
  return {
    id: s.id,
    number: s.number,
    organizationId: s.organizationId,
    organizationName: s.organizationName,
    productName: s.productName,
    planName: s.planName,
    status: s.status,
    terms: s.terms,
    barredFor: s.barredFor,
    waiting: s.waiting,
    createdOn: s.createdOn,
    startsOn: s.startsOn,
    currentPeriodEndsOn: s.currentPeriodEndsOn,
    graceEndsOn: s.graceEndsOn,
    endedOn: s.endedOn,
    pausedOn: s.pausedOn,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
  };
}
