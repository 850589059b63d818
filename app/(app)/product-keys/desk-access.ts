import { navigationFor } from "@/lib/auth/navigation";
import type { SessionActor } from "@/lib/users/load-session-actor";

/**
 * The product keys desk (list, new key, export) is for the people whose sidebar offers it —
 * platform admins and a provider's staff — as lib/auth/navigation derives it. Customers see
 * their keys under /portal/keys; the domain scopes every read anyway.
 */
export const opensProductKeyDesk = (actor: SessionActor) =>
  navigationFor(actor).items.some((item) => item.href === "/product-keys");
