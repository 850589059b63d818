import type { SessionActor } from "@/lib/users/load-session-actor";
import { navigationFor } from "@/lib/auth/navigation";

/**
 * The subscriptions desk (list, review queue, new subscription) is for the people whose
 * sidebar offers it — platform admins and a provider's staff — exactly as lib/auth/navigation
 * derives it. Customers have their own pages under /portal; the domain scopes every read anyway.
 */
export const opensSubscriptionDesk = (actor: SessionActor) =>
  navigationFor(actor).items.some((item) => item.href === "/subscriptions");
