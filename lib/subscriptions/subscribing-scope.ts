import "server-only";
import type { Executor } from "@/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { subscriptionRecords } from "./commercial-records";
import { customersOf, type OrganizationCondition } from "./listed-subscribers";

/**
 * Who makes new subscriptions for others on the admin and provider screens, and of what:
 * platform admins (`provider: null`) any listed product for any active organization; the staff
 * of an organization who manage subscriptions its own products for its own active customers.
 */
export interface SubscribingScope {
  provider: string | null;
}

/** The actor's scope, or null for one who subscribes nobody from these screens. */
export function subscribingScope(actor: Actor): SubscribingScope | null {
  if (!can(actor, "subscriptions.manage")) return null;
  if (actor.platformAdmin) return { provider: null };
  return actor.organizationId ? { provider: actor.organizationId } : null;
}

/**
 * The organizations the scope may pick, as a condition on an organization's id (none for
 * platform admins): a provider's customers are those with a subscription to it — a provider
 * does not browse the whole directory.
 */
export async function pickableSubscribers(
  db: Executor,
  { provider }: SubscribingScope,
): Promise<OrganizationCondition | undefined> {
  return provider === null ? undefined : customersOf(db, subscriptionRecords, provider);
}
