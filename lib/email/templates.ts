import type { EmailMessage } from "./queue-email";

/** The portal's emails: plain text, one link each, saying why the reader got it. */
export const emails = {
  verifyEmail: (to: string, name: string, link: string): EmailMessage => ({
    to,
    subject: "Verify your email for Subdesk",
    text: `Hello ${name},\n\nconfirm your email address to activate your organization:\n\n${link}\n\nThe link works once, for 24 hours. If you did not sign up, ignore this email.`,
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
    subject: `${inviter} invited you to ${organizationName} on Subdesk`,
    text: `${inviter} invited you to join ${organizationName} as ${role}.\n\nAccept the invitation:\n\n${link}\n\nThe link works once, for 7 days.`,
  }),
};
