import { resendVerificationAction } from "@/app/(auth)/verify-email/actions";
import { organizationRefusal } from "@/lib/auth/write-guard";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { ResendVerificationButton } from "./resend-verification-button";

const tones = {
  amber:
    "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  red: "border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
};

/**
 * What holds the signed-in user back, said once at the top of every page: an email still to
 * verify (with a button for a new link), or an organization that is pending, suspended or
 * closed. The domain's write guard refuses the writes either way; this says why beforehand.
 */
export function AccountStateBanner({ actor }: { actor: SessionActor }) {
  const organization = actor.activeMembership;
  if (!actor.emailVerified) {
    return (
      <div role="status" className={`space-y-2 border-b px-6 py-3 text-sm ${tones.amber}`}>
        <p>
          {organization ? `${organization.organizationName} is waiting for your email verification. ` : ""}
          Verify your email address: follow the link we sent to {actor.email}. Until then you can look around,
          but not change anything.
        </p>
        <ResendVerificationButton send={resendVerificationAction} />
      </div>
    );
  }
  const refusal = organization && organizationRefusal(organization.organizationStatus);
  if (!refusal) return null;
  return (
    <p role="status" className={`border-b px-6 py-2 text-sm ${tones.red}`}>
      {organization.organizationName} — {refusal}
    </p>
  );
}
