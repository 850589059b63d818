import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { BundlesTable } from "@/components/bundles/bundles-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { searchBundles } from "@/lib/bundles";

export const metadata: Metadata = { title: "My requests" };

/** The customer's bundle requests, newest first: drafts, requests waiting, decided contracts. */
export default async function MyBundlesPage() {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="My requests" />;
  const page = await searchBundles({ actor, input: { sort: "createdAt desc", size: 200 } });
  return (
    <>
      <PageHeader
        title="My requests"
        description="Plans you asked providers for, and what they decided."
        actions={
          can(actor, "subscriptions.manage") && (
            <Link href="/portal/bundles/new" className="text-sm font-medium text-brand-600 hover:underline">
              New request →
            </Link>
          )
        }
      />
      {page.content.length === 0 ? (
        <EmptyState
          title="No requests yet"
          description="Plans that need a provider's approval are asked for here; each request shows what the provider decided."
          action={
            can(actor, "subscriptions.manage")
              ? { href: "/portal/bundles/new", label: "New request" }
              : undefined
          }
        />
      ) : (
        <BundlesTable rows={page.content} />
      )}
    </>
  );
}
