import type { SessionActor } from "@/lib/users/load-session-actor";
import { can } from "./actor";
import type { Permission } from "./permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** A link and what its page needs, so the sidebar never offers what the domain would refuse. */
interface NavEntry extends NavItem {
  /** From the permission table (lib/auth/permissions.ts); null: every signed-in user. */
  permission: Permission | null;
  /** The page shows the actor's own organization, so there must be one. */
  organization?: true;
  /** The page runs a provider's catalog: a customer organization has none, whatever the role. */
  provider?: true;
}

const administration: NavEntry[] = [
  { href: "/dashboard", label: "Dashboard", permission: null },
  { href: "/organizations", label: "Organizations", permission: "platform.organizations.manage" },
  { href: "/catalog", label: "Catalog", permission: "catalog.manage", provider: true },
  { href: "/subscriptions", label: "Subscriptions", permission: "subscriptions.read" },
  { href: "/product-keys", label: "Product keys", permission: "subscriptions.read" },
  { href: "/approvals", label: "Approvals", permission: "approvals.decide" },
  { href: "/audit", label: "Audit log", permission: "audit.read" },
  { href: "/outbox", label: "Outbox", permission: "platform.outbox.read" },
  { href: "/settings", label: "Settings", permission: "organization.read", organization: true },
];

const customerPortal: NavEntry[] = [
  { href: "/dashboard", label: "Overview", permission: null },
  // Listed products are for everyone: /explore shows them even to visitors.
  { href: "/portal/catalog", label: "Catalog", permission: null },
  { href: "/portal/subscriptions", label: "My subscriptions", permission: "subscriptions.read" },
  // Bundle requests: plans that need a provider's approval are asked for here.
  { href: "/portal/bundles", label: "My requests", permission: "subscriptions.read" },
  { href: "/portal/keys", label: "Keys & usage", permission: "subscriptions.read" },
  { href: "/audit", label: "Audit log", permission: "audit.read" },
  { href: "/settings", label: "Settings", permission: "organization.read", organization: true },
];

function mayOpen(actor: SessionActor, entry: NavEntry): boolean {
  if (entry.permission && !can(actor, entry.permission)) return false;
  if (entry.organization && !actor.organizationId) return false;
  if (entry.provider && !actor.platformAdmin && !actor.activeMembership?.provider) return false;
  return true;
}

/** Platform admins and a provider's staff (all but its plain members) run the administration. */
export function isStaff(actor: SessionActor): boolean {
  return actor.platformAdmin || (actor.activeMembership?.provider === true && actor.role !== "member");
}

/**
 * The sidebar for who is signed in. Platform admins and a provider's staff get the
 * administration; everyone else the customer portal. Each link is shown exactly when the
 * permission table lets the actor use its page — and every page checks again.
 */
export function navigationFor(actor: SessionActor): { title: string; items: NavItem[] } {
  const staff = isStaff(actor);
  const entries = staff ? administration : customerPortal;
  return {
    title: staff ? "Administration" : "Customer portal",
    items: entries.filter((entry) => mayOpen(actor, entry)).map(({ href, label }) => ({ href, label })),
  };
}
