import type { Metadata } from "next";
import { AuthCard } from "@/components/shell/auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password">
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert">This link is incomplete. Open the link from the email again.</p>
      )}
    </AuthCard>
  );
}
