import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { SubscriptionsTable } from "@/components/portal/subscriptions-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { cursorSchema } from "@/lib/input/identifiers";
import { ownSubscriptionRows } from "@/lib/subscriptions/own-subscriptions";

export const metadata: Metadata = { title: "My subscriptions" };

/** The customer's own subscriptions, newest first, in keyset pages (`?cursor=`). */
export default async function MySubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="My subscriptions" />;
  // A hand-edited cursor starts from the first page rather than failing it.
  const cursor = cursorSchema.safeParse((await searchParams).cursor);
  const page = await ownSubscriptionRows({ actor, cursor: cursor.success ? cursor.data : undefined });
  const organization = actor.activeMembership?.organizationName;
  return (
    <>
      <PageHeader
        title="My subscriptions"
        description={
          organization ? `What ${organization} subscribes to.` : "Your organization's subscriptions."
        }
        actions={
          <Link href="/portal/catalog" className="text-sm font-medium text-brand-600 hover:underline">
            Browse the catalog →
          </Link>
        }
      />
      {page.items.length === 0 ? (
        <EmptyState
          title="No subscriptions yet"
          description="The products your organization uses appear here once you subscribe to a plan in the catalog."
          action={{ href: "/portal/catalog", label: "Browse the catalog" }}
        />
      ) : (
        <SubscriptionsTable rows={page.items} />
      )}
      {page.nextCursor && (
        <div className="mt-4">
          <Link
            href={`/portal/subscriptions?cursor=${page.nextCursor}`}
            className="text-sm font-medium text-brand-600 hover:underline"
          >
            Older subscriptions →
          </Link>
        </div>
      )}
    </>
  );
}
