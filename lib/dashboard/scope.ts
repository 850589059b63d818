import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { commercialListScope, commercialReach } from "@/lib/subscriptions/commercial-policy";
import { productKeyRecords, subscriptionRecords } from "@/lib/subscriptions/commercial-records";

/** The subscriptions a dashboard may count: exactly what the commercial policy lets the actor list. */
export const subscriptionScope = (actor: Actor) => commercialListScope(actor, subscriptionRecords);

/** The product keys a dashboard may count, by the same policy. */
export const productKeyScope = (actor: Actor) => commercialListScope(actor, productKeyRecords);

/**
 * Which kept summary (lib/dashboard/summary/) holds the figures `subscriptionScope` would count
 * for the actor, by the same policy: the platform's for platform admins, its organization's for a
 * member; none for an actor who may list no subscription (their figures are zeros, counted live).
 */
export function summaryScope(actor: Actor): { organizationId: string | null } | null {
  const reach = commercialReach(actor);
  if (reach === "all") return { organizationId: null };
  return reach === "none" ? null : reach;
}
