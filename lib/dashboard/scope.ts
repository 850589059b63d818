import "server-only";
import { productKeys, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { commercialListScope } from "@/lib/subscriptions/commercial-policy";

/** The subscriptions a dashboard may count: exactly what the commercial policy lets the actor list. */
export const subscriptionScope = (actor: Actor) =>
  commercialListScope(actor, {
    subscriber: subscriptions.organizationId,
    provider: subscriptions.providerOrganizationId,
  });

/** The product keys a dashboard may count, by the same policy. */
export const productKeyScope = (actor: Actor) =>
  commercialListScope(actor, {
    subscriber: productKeys.organizationId,
    provider: productKeys.providerOrganizationId,
  });

/**
 * Which kept summary (lib/dashboard/summary/) holds the figures `subscriptionScope` would count
 * for the actor, by the same policy: the platform's for platform admins, its organization's for a
 * member; none for an actor who may list no subscription (their figures are zeros, counted live).
 */
export function summaryScope(actor: Actor): { organizationId: string | null } | null {
  if (actor.platformAdmin) return { organizationId: null };
  if (!actor.organizationId || !actor.role) return null;
  return { organizationId: actor.organizationId };
}
