import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { roleAllows, type Permission } from "@/lib/auth/permissions";
import { assertMayWrite } from "@/lib/auth/write-guard";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors";

/**
 * Who may see and change a commercial record — a subscription today, bundles and product keys
 * next. Such a record joins a subscriber organization to a provider organization, and it is
 * theirs to read; platform admins operate every one without a support-access grant (support
 * access guards an organization's private settings, not its contracts). Nothing else in the
 * code decides who may read or change one.
 */
export interface CommercialRecord {
  subscriberOrganizationId: string;
  providerOrganizationId: string;
}

export type CommercialRole = "subscriber" | "provider" | "platform";

export const commercialActions = [
  "read",
  "subscribe",
  "changePlan",
  "changeQuantity",
  "cancel",
  "pause",
  "updateDetails",
  "bar",
  "editTerms",
  "decide",
  // Product keys.
  "issueKey",
  "manageKey",
  "rotateKey",
  "revokeKey",
  "verifyKey",
  // Bundles: the consumer drafts and requests, the provider's approvers decide.
  "requestBundle",
  "decideRequest",
] as const;
export type CommercialAction = (typeof commercialActions)[number];

/** Which side may take each action (its owners and admins; reading is every member's). */
const allowed: Record<CommercialAction, readonly CommercialRole[]> = {
  read: ["subscriber", "provider", "platform"],
  subscribe: ["subscriber", "provider", "platform"],
  changePlan: ["subscriber", "provider", "platform"],
  changeQuantity: ["subscriber", "provider", "platform"],
  cancel: ["subscriber", "provider", "platform"],
  pause: ["subscriber", "provider", "platform"],
  updateDetails: ["subscriber", "provider", "platform"],
  // Barrings, terms and the review queue are the seller's side of the contract.
  bar: ["provider", "platform"],
  editTerms: ["provider", "platform"],
  decide: ["provider", "platform"],
  // The provider issues and runs keys for its products; the owner rotates or revokes its own
  // (a leaked key is the owner's to kill at once), and only the provider's gateway verifies.
  issueKey: ["provider", "platform"],
  manageKey: ["provider", "platform"],
  rotateKey: ["subscriber", "provider", "platform"],
  revokeKey: ["subscriber", "provider", "platform"],
  verifyKey: ["provider", "platform"],
  requestBundle: ["subscriber", "platform"],
  decideRequest: ["provider", "platform"],
};

/** The organization permission an action needs of the actor's role; reading needs none. */
const permissionOf = (action: CommercialAction): Permission =>
  action === "decideRequest" ? "approvals.decide" : "subscriptions.manage";

/** The actor's side of the record; the provider side wins when one organization is both. */
export function commercialRole(actor: Actor, record: CommercialRecord): CommercialRole | null {
  if (actor.platformAdmin) return "platform";
  if (!actor.organizationId || !actor.role) return null;
  if (actor.organizationId === record.providerOrganizationId) return "provider";
  if (actor.organizationId === record.subscriberOrganizationId) return "subscriber";
  return null;
}

/** Whether the actor may take the action (no exception: for showing or hiding buttons). */
export function mayCommercial(actor: Actor, record: CommercialRecord, action: CommercialAction): boolean {
  const role = commercialRole(actor, record);
  if (!role || !allowed[action].includes(role)) return false;
  return action === "read" || role === "platform" || roleAllows(actor.role, permissionOf(action));
}

/**
 * Checks the action and answers the actor's side. Strangers get exactly the answer a missing
 * id gets (404), so ids leak nothing; a reader without the right gets 403. Every write also
 * passes the write guard (a verified user, an active organization of the actor's own).
 */
export function authorizeCommercial(
  actor: Actor,
  record: CommercialRecord,
  action: CommercialAction,
  what = "subscription",
): CommercialRole {
  const role = commercialRole(actor, record);
  if (!role) throw notFound(what);
  if (!mayCommercial(actor, record, action)) {
    throw forbidden(
      allowed[action].includes(role)
        ? `Your role may not do this to a ${what}.`
        : role === "provider"
          ? `Only the customer may do this to its ${what}.`
          : `Only the provider of this product may do this.`,
    );
  }
  if (action !== "read") assertMayWrite(actor, permissionOf(action));
  return role;
}

/**
 * Whose commercial records the actor reads in a list: every one (platform admins), none (an
 * actor without an organization or a role in it), or those of one organization on either side —
 * subscribed or provided. Every list scope below, the dashboard's summaries and a list's
 * filter choices are drawn from this one answer.
 */
export type CommercialReach = "all" | "none" | { organizationId: string };

export function commercialReach(actor: Actor): CommercialReach {
  if (actor.platformAdmin) return "all";
  if (!actor.organizationId || !actor.role) return "none";
  return { organizationId: actor.organizationId };
}

/** A table's two organization columns: the subscriber's and the provider's. */
export interface CommercialColumns {
  subscriber: PgColumn;
  provider: PgColumn;
}

/**
 * The records a list may show the actor, as a where clause over the table's two columns:
 * platform admins every one, members of an organization those it subscribes to or provides.
 */
export function commercialListScope(actor: Actor, columns: CommercialColumns): SQL | undefined {
  const reach = commercialReach(actor);
  if (reach === "all") return undefined;
  if (reach === "none") return sql`false`;
  return or(eq(columns.subscriber, reach.organizationId), eq(columns.provider, reach.organizationId));
}

/**
 * The list scope split in its two sides (subscribed, provided and not also subscribed), each
 * served by its own (organization, createdOn, id) index. A page read once per side and merged
 * stays fast at any size, where the OR of the two walks the newest-first index past every other
 * organization's rows when the actor's own are few. Platform admins: one side, everything.
 */
export function commercialListSides(actor: Actor, columns: CommercialColumns): (SQL | undefined)[] {
  const reach = commercialReach(actor);
  if (reach === "all") return [undefined];
  if (reach === "none") return [sql`false`];
  const own = reach.organizationId;
  return [eq(columns.subscriber, own), and(eq(columns.provider, own), ne(columns.subscriber, own))];
}
