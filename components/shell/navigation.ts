import { can } from "@/lib/auth/actor";
import type { SessionActor } from "@/lib/users/load-session-actor";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The sidebar for who is signed in. Platform admins and the staff of a provider organization
 * run the catalog and subscriptions; everyone else gets the customer portal. Links only
 * hide what a role cannot use: every page checks again.
 */
export function navigationFor(actor: SessionActor): { title: string; items: NavItem[] } {
  const providerStaff = actor.activeMembership?.provider === true && actor.role !== "member";
  const settings = actor.organizationId ? [{ href: "/settings", label: "Settings" }] : [];
  const audit = can(actor, "audit.read") ? [{ href: "/audit", label: "Audit log" }] : [];
  if (actor.platformAdmin || providerStaff) {
    return {
      title: "Administration",
      items: [
        { href: "/", label: "Dashboard" },
        ...(actor.platformAdmin ? [{ href: "/organizations", label: "Organizations" }] : []),
        { href: "/catalog", label: "Catalog" },
        { href: "/subscriptions", label: "Subscriptions" },
        { href: "/product-keys", label: "Product keys" },
        { href: "/approvals", label: "Approvals" },
        ...audit,
        ...(actor.platformAdmin ? [{ href: "/outbox", label: "Outbox" }] : []),
        ...settings,
      ],
    };
  }
  return {
    title: "Customer portal",
    items: [
      { href: "/", label: "Overview" },
      { href: "/portal/catalog", label: "Catalog" },
      { href: "/portal/subscriptions", label: "My subscriptions" },
      { href: "/portal/keys", label: "Keys & usage" },
      ...audit,
      ...settings,
    ],
  };
}
