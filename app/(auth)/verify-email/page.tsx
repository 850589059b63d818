import type { Metadata } from "next";
import { AuthCard } from "@/components/shell/auth-card";
import { VerifyEmailButton } from "./verify-email-button";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Verify your email">
      {token ? (
        <VerifyEmailButton token={token} />
      ) : (
        <p role="alert">This link is incomplete. Open the link from the email again.</p>
      )}
    </AuthCard>
  );
}
