import type { EmailMessage } from "./queue-email";
import { quoted } from "./quoted";

/**
 * The portal's emails: plain text, one link each, saying why the reader got it. Whatever a
 * user typed (names) is quoted as data on its own line (see `quoted`), never part of a link.
 */
export const emails = {
  verifyEmail: (to: string, name: string, link: string): EmailMessage => ({
    to,
    subject: "Verify your email for Subdesk",
    text: `Confirm your email address to activate your Subdesk account and organization:\n\n${link}\n\nThe link works once, for 24 hours. The account was opened under the name:\n\n    ${quoted(name)}\n\nIf you did not sign up, ignore this email: nothing happens without the link.`,
  }),
  signUpWithKnownEmail: (to: string, signInLink: string, resetLink: string): EmailMessage => ({
    to,
    subject: "Someone tried to sign up with your email",
    text: `Someone (perhaps you) tried to create a Subdesk account with this email address, which already has one.\n\nSign in: ${signInLink}\nForgot your password? ${resetLink}\n\nIf it was not you, you can ignore this email; nothing was changed.`,
  }),
  passwordReset: (to: string, link: string): EmailMessage => ({
    to,
    subject: "Reset your Subdesk password",
    text: `Choose a new password here:\n\n${link}\n\nThe link works once, for one hour. If you did not ask for it, ignore this email: your password stays as it is.`,
  }),
  invitation: (
    to: string,
    organizationName: string,
    inviter: string,
    role: string,
    link: string,
  ): EmailMessage => ({
    to,
    subject: `Invitation to join ${quoted(organizationName, 40)} on Subdesk`,
    text: `You are invited to join an organization on Subdesk as ${role}. The organization is named:\n\n    ${quoted(organizationName)}\n\nThe invitation was sent by:\n\n    ${quoted(inviter)}\n\nAccept the invitation here (the link works once, for 7 days):\n\n${link}\n\nIf you do not know this organization, ignore this email: nothing happens without the link.`,
  }),
  /** To a provider's approvers: a customer asks for plans of its products. */
  bundleRequested: (
    to: string,
    requester: string,
    bundleName: string,
    plans: string[],
    link: string,
  ): EmailMessage => ({
    to,
    subject: "A customer requests plans of your products on Subdesk",
    text: `A customer organization asks for ${plans.length} plan(s) of your products. The organization is named:\n\n    ${quoted(requester)}\n\nIts request (bundle) is named:\n\n    ${quoted(bundleName)}\n\nPlans asked for:\n\n${plans.map((plan) => `    ${quoted(plan)}`).join("\n")}\n\nReview and decide it here:\n\n${link}\n\nYou get this email as an owner, admin or approver of the provider.`,
  }),
  /** To the customer who asked: a decision on its request, with the approver's reasons. */
  bundleDecided: (
    to: string,
    bundleName: string,
    contractStatus: string,
    decisions: { plan: string; decision: string; note: string | null }[],
    link: string,
  ): EmailMessage => ({
    to,
    subject: `Your Subdesk request is ${contractStatus.toLowerCase().replaceAll("_", " ")}`,
    text: `The provider decided on your request (bundle) named:\n\n    ${quoted(bundleName)}\n\nIt is now ${contractStatus}.\n\n${decisions.map((d) => `${d.decision}: ${quoted(d.plan)}${d.note ? `\n    Reason: ${quoted(d.note, 1000)}` : ""}`).join("\n")}\n\nSee the request, its history and your access here:\n\n${link}\n\nYou get this email because you submitted the request.`,
  }),
  /** To a product key's creator and the addresses named on it: never the key itself, only its prefix. */
  productKeyCreated: (
    to: string,
    prefix: string | null,
    ownerOrganization: string,
    products: string[],
    link: string,
  ): EmailMessage => ({
    to,
    subject: "A product key was created on Subdesk",
    text: `A product key ${prefix ? `starting ${prefix}…` : "(its secret is revealed later)"} was created for the organization named:\n\n    ${quoted(ownerOrganization)}\n\nIt gives access to:\n\n${products.map((p) => `    ${quoted(p)}`).join("\n")}\n\nThe key itself was shown once to whoever created it; it is not in this email. See the key here:\n\n${link}\n\nYou get this email because the key names you for notifications on creation.`,
  }),
  /** To a product key's owner and named addresses, once: its consumption reached the threshold. */
  productKeyQuotaThreshold: (
    to: string,
    ownerOrganization: string,
    consumed: number,
    quota: number,
    thresholdPercent: number,
    link: string,
  ): EmailMessage => ({
    to,
    subject: `A product key has used ${thresholdPercent}% of its quota on Subdesk`,
    text: `A product key of the organization named:\n\n    ${quoted(ownerOrganization)}\n\nhas consumed ${consumed} of its quota of ${quota} units, past the ${thresholdPercent}% threshold set on it. When the quota is used up, the key is refused until the quota is raised.\n\nSee the key and its usage here:\n\n${link}\n\nYou get this email once, because the key names you for notifications on its quota threshold.`,
  }),
};
