import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { addressKey } from "./address-key";
import { enforce } from "./consume";
import { policies } from "./policies";

/*
 * The doors that send mail or create accounts. Each throws 429 (rate_limited, with
 * Retry-After) when the address, the mailbox or the sender has asked too often.
 */

export const limitSignUp = (address: string, email: string) =>
  enforce([
    [policies.signUpAddress, addressKey(address)],
    [policies.signUpEmail, email.toLowerCase()],
  ]);

export const limitPasswordReset = (address: string, email: string) =>
  enforce([
    [policies.passwordResetAddress, addressKey(address)],
    [policies.passwordResetEmail, email.toLowerCase()],
  ]);

/** For asking a new verification email: per address, and per mailbox that receives it. */
export const limitResendVerification = (address: string, email: string) =>
  enforce([
    [policies.resendVerificationAddress, addressKey(address)],
    [policies.resendVerificationEmail, email.toLowerCase()],
  ]);

/**
 * Invitations, counted inside the invitation's transaction after its permission checks: an
 * outsider cannot spend an organization's allowance, and an invitation that fails is not counted.
 */
export const limitInvitation = (
  tx: Executor,
  { actor, organizationId, email }: { actor: Actor; organizationId: string; email: string },
) =>
  enforce(
    [
      [policies.invitationsByInviter, actor.userId ?? actor.apiKeyId ?? actor.kind],
      [policies.invitationsByOrganization, organizationId],
      [policies.invitationsToEmail, email.toLowerCase()],
    ],
    tx,
  );
