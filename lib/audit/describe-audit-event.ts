import { subscriptionChangeKind, subscriptionChangeState } from "@/db/schema";

/** The names an audit event speaks of, looked up by lib/audit/audit-event-names.ts. */
export interface AuditNames {
  /** Who acted: a person's name, an API key's, or "Subdesk" for the system's jobs. */
  actor: string;
  /** The organization the event belongs to. */
  organization: string | null;
  /** What was acted on: a product's, plan's, key's, person's or request's name. */
  target: string | null;
  /** What it became, when the event says: a plan's name, a quantity, a status, a role. */
  to?: string | null;
}

type Phrase = (n: AuditNames) => string;

const org = (n: AuditNames) => n.organization ?? "an organization";
const its = (n: AuditNames) => (n.organization ? `${n.organization}'s` : "an organization's");
/** "the product Northwind VMs", or "a product" when the name is gone. */
const the = (noun: string, n: AuditNames) => (n.target ? `the ${noun} ${n.target}` : `a ${noun}`);
const to = (n: AuditNames) => (n.to ? ` to ${n.to}` : "");

/** "{verb} the {noun} {target}" for the objects a provider or admin edits by name. */
const edits = (prefix: string, noun: string, verbs: Record<string, string>): Record<string, Phrase> =>
  Object.fromEntries(
    Object.entries(verbs).map(([action, verb]) => [`${prefix}.${action}`, (n) => `${verb} ${the(noun, n)}`]),
  );

const crud = { create: "created", update: "updated", delete: "deleted" };

const subscription = (n: AuditNames) =>
  `${its(n)} ${n.target ?? "subscription"}${n.target ? " subscription" : ""}`;

/** A subscription change applied at once, by its kind. */
const appliedChanges: Record<(typeof subscriptionChangeKind.enumValues)[number], Phrase> = {
  create: (n) => `subscribed ${org(n)} to ${n.target ?? "a product"}${n.to ? ` (${n.to})` : ""}`,
  plan: (n) => `changed the plan of ${subscription(n)}${to(n)}`,
  quantity: (n) => `changed the quantity of ${subscription(n)}${to(n)}`,
  status: (n) => `moved ${subscription(n)}${to(n)}`,
  terms: (n) => `edited the terms of ${subscription(n)}`,
  barring: (n) => `changed the barrings of ${subscription(n)}`,
  cancel: (n) => `cancelled ${subscription(n)}`,
  pause: (n) => `paused ${subscription(n)}`,
  resume: (n) => `resumed ${subscription(n)}`,
};

/** The same change as a noun, for changes that wait, are held, decided or withdrawn. */
const changeNouns: Record<(typeof subscriptionChangeKind.enumValues)[number], string> = {
  create: "a new subscription",
  plan: "a plan change",
  quantity: "a quantity change",
  status: "a status change",
  terms: "a change of terms",
  barring: "a barring",
  cancel: "a cancellation",
  pause: "a pause",
  resume: "a resumption",
};

const stateVerbs: Record<(typeof subscriptionChangeState.enumValues)[number], string> = {
  pending: "scheduled",
  held: "asked for",
  applied: "applied",
  cancelled: "withdrew",
  rejected: "rejected",
};

/**
 * Every subscription action record-change.ts writes: `subscription.<kind>` when applied at once,
 * `subscription.<kind>.<state>` when it waits, is held for review, or is settled later.
 */
const subscriptionPhrases: Record<string, Phrase> = Object.fromEntries(
  subscriptionChangeKind.enumValues.flatMap((kind) => [
    [`subscription.${kind}`, appliedChanges[kind]],
    ...subscriptionChangeState.enumValues.map((state): [string, Phrase] => [
      `subscription.${kind}.${state}`,
      (n) =>
        `${stateVerbs[state]} ${changeNouns[kind]} of ${subscription(n)}${kind === "plan" || kind === "quantity" ? to(n) : ""}${state === "held" ? " (held for review)" : ""}`,
    ]),
  ]),
);

const phrases: Record<string, Phrase> = {
  "user.create": (n) => `created the account of ${n.target ?? "a user"}`,
  "user.complete": (n) => `finished setting up the account of ${n.target ?? "a user"}`,
  "user.update": (n) => `updated the account of ${n.target ?? "a user"}`,
  "user.disable": (n) => `disabled the account of ${n.target ?? "a user"}`,
  "user.enable": (n) => `enabled the account of ${n.target ?? "a user"}`,
  "user.verify_email": (n) => `verified the email address of ${n.target ?? "a user"}`,
  "user.resend_verification": (n) => `sent a new verification link to ${n.target ?? "a user"}`,
  "user.reset_password": (n) => `reset the password of ${n.target ?? "a user"}`,
  "user.sign_out_everywhere": (n) => `signed ${n.target ?? "a user"} out everywhere`,

  "organization.create": (n) => `created the organization ${n.target ?? org(n)}`,
  "organization.update": (n) => `updated ${its(n)} details`,
  "organization.set_image": (n) => `changed ${its(n)} logo`,
  "organization.activate": (n) => `activated ${org(n)}`,
  "organization.reactivate": (n) => `reactivated ${org(n)}`,
  "organization.suspend": (n) => `suspended ${org(n)}`,
  "organization.close": (n) => `closed ${org(n)}`,
  "support.access": (n) => `opened ${its(n)} settings with support access`,

  "membership.create": (n) => `added ${n.target ?? "a member"} to ${org(n)}${n.to ? ` as ${n.to}` : ""}`,
  "membership.change_role": (n) => `changed the role of ${n.target ?? "a member"} in ${org(n)}${to(n)}`,
  "membership.remove": (n) => `removed ${n.target ?? "a member"} from ${org(n)}`,
  "membership.leave": (n) => `left ${org(n)}`,
  "invitation.create": (n) => `invited ${n.target ?? "someone"} to ${org(n)}`,
  "invitation.revoke": (n) => `withdrew the invitation of ${n.target ?? "someone"} to ${org(n)}`,
  "contact.create": (n) => `added ${n.target ?? "a contact"} to ${its(n)} contacts`,
  "contact.update": (n) => `updated ${its(n)} contact ${n.target ?? ""}`.trimEnd(),
  "contact.delete": (n) => `removed ${n.target ?? "a contact"} from ${its(n)} contacts`,
  "api_key.create": (n) => `created ${its(n)} API key ${n.target ?? ""}`.trimEnd(),
  "api_key.revoke": (n) => `revoked ${its(n)} API key ${n.target ?? ""}`.trimEnd(),

  ...edits("product", "product", {
    ...crud,
    publish: "published",
    unpublish: "unpublished",
    activate: "activated",
    deactivate: "deactivated",
    archive: "archived",
    set_image: "changed the image of",
  }),
  "product.reorder": (n) => `reordered ${its(n)} products`,
  ...edits("product_group", "product group", crud),
  "product_group.reorder": (n) => `reordered ${its(n)} product groups`,
  ...edits("plan", "plan", {
    create: "created",
    new_version: "published a new version of",
    delete: "deleted",
  }),
  ...edits("sla_definition", "service level", crud),
  ...edits("pricing_rule", "pricing rule", crud),

  ...edits("product_key", "product key", {
    create: "issued",
    update: "updated",
    disable: "disabled",
    enable: "enabled",
    revoke: "revoked",
    rotate: "rotated the secret of",
    delete: "deleted",
  }),
  "product_key.payment_held": (n) => `held ${the("product key", n)} for a failed payment`,
  "product_key.payment_released": (n) => `released ${the("product key", n)} after a payment`,
  "product_key.quota_threshold_notified": (n) => `warned that ${the("product key", n)} is near its quota`,
  "product_key.trial_expiry_notice": (n) => `warned that the trial of ${the("product key", n)} ends soon`,

  "bundle.create": (n) => `drafted the request ${n.target ?? ""}`.trimEnd(),
  "bundle.update": (n) => `updated the request ${n.target ?? ""}`.trimEnd(),
  "bundle.plans.add": (n) => `added plans to the request ${n.target ?? ""}`.trimEnd(),
  "bundle.submit": (n) =>
    `sent the request ${n.target ?? ""}${n.organization ? ` for ${n.organization}` : ""}`,
  "bundle.start_processing": (n) => `started reviewing ${its(n)} request ${n.target ?? ""}`.trimEnd(),
  "bundle.decide": (n) => `decided on ${its(n)} request ${n.target ?? ""}`.trimEnd(),
  "bundle.request_termination": (n) => `asked to end the contract ${n.target ?? ""}`.trimEnd(),
  "bundle.terminate": (n) => `ended ${its(n)} contract ${n.target ?? ""}`.trimEnd(),
  "bundle.access.allow": (n) => `opened access for ${its(n)} contract ${n.target ?? ""}`.trimEnd(),
  "bundle.access.block": (n) => `blocked access for ${its(n)} contract ${n.target ?? ""}`.trimEnd(),
  "bundle.access.grant": (n) => `issued the access key of ${its(n)} contract ${n.target ?? ""}`.trimEnd(),
  "bundle.access.reveal": (n) => `revealed the access key of the contract ${n.target ?? ""}`.trimEnd(),
  "bundle.access.manual_exchange": (n) =>
    `recorded handing over access for ${its(n)} contract ${n.target ?? ""}`.trimEnd(),

  "payment.payment_failed": (n) => `recorded a failed payment by ${org(n)}`,
  "payment.payment_succeeded": (n) => `recorded a payment by ${org(n)}`,
  "subscription.trial_reminder": (n) =>
    `reminded ${org(n)} that its ${n.target ? `${n.target} ` : ""}trial ends soon`,
  ...subscriptionPhrases,
};

/** Whether the action has its own sentence (the rest get a plain fallback). */
export const describesAuditAction = (action: string): boolean => Object.hasOwn(phrases, action);

/**
 * An audit event as a sentence a person reads — "Olivia Owner changed Acme Corporation's
 * Northwind Kubernetes plan to Kubernetes Business" — instead of an action code and ids.
 */
export function describeAuditEvent(action: string, names: AuditNames): string {
  const phrase = phrases[action];
  if (phrase) return `${names.actor} ${phrase(names)}`;
  const target = names.target ? ` on ${names.target}` : "";
  return `${names.actor} recorded “${action}”${target}${names.organization ? ` in ${names.organization}` : ""}`;
}
