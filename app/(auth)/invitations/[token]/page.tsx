import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/shell/auth-card";
import { getSessionActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { describeInvitation } from "@/lib/members/accept-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation({ token }).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  if (!invitation) {
    return (
      <AuthCard title="Invitation">
        <p role="alert">This invitation is invalid, expired, withdrawn or already used. Ask for a new one.</p>
      </AuthCard>
    );
  }
  const actor = await getSessionActor();
  const callback = `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`;
  return (
    <AuthCard title={`Join ${invitation.organizationName}`}>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {invitation.email} is invited as <strong>{invitation.role}</strong>.
      </p>
      {actor && actor.email !== invitation.email ? (
        <p role="alert" className="text-sm">
          You are signed in as {actor.email}.{" "}
          <Link href="/sign-out" className="text-brand-600 hover:underline">
            Sign out
          </Link>{" "}
          and sign in as {invitation.email} to accept.
        </p>
      ) : !actor && invitation.accountExists ? (
        <p className="text-sm">
          <Link href={callback} className="font-medium text-brand-600 hover:underline">
            Sign in as {invitation.email}
          </Link>{" "}
          to accept.
        </p>
      ) : (
        <AcceptInvitationForm token={token} newcomer={!actor} />
      )}
    </AuthCard>
  );
}
