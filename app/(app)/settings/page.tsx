import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeysPanel } from "@/components/api-keys/api-keys-panel";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireSessionActor();
  if (!actor.organizationId || !can(actor, "apiKeys.manage")) return <AccessDenied title="Settings" />;
  return (
    <>
      <PageHeader title="Settings" description={actor.activeMembership?.organizationName} />
      <Card>
        <h2 className="text-lg font-semibold">API keys</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Keys let programs call the{" "}
          <Link href="/api-reference" className="text-brand-600 hover:underline">
            REST API
          </Link>{" "}
          as an admin of this organization. Send one in the <code>x-api-key</code> header.
        </p>
        <ApiKeysPanel />
      </Card>
    </>
  );
}
