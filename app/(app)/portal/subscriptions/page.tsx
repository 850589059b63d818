import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { SubscriptionsTable } from "@/components/portal/subscriptions-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { TablePager } from "@/components/ui/data-table/table-pager";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { cursorSchema } from "@/lib/input/identifiers";
import { nextKeysetPage, readTableQuery } from "@/lib/input/table-query";
import { filledParams } from "@/lib/search-params";
import { subscriptionSortFields } from "@/lib/subscriptions/subscription-schemas";
import { ownSubscriptionRows } from "@/lib/subscriptions/own-subscriptions";

export const metadata: Metadata = { title: "My subscriptions" };

/** The customer's own subscriptions, newest first, in keyset pages (`?cursor=`). */
export default async function MySubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="My subscriptions" />;
  const table = readTableQuery(filledParams(await searchParams), subscriptionSortFields);
  // A hand-edited cursor starts from the first page rather than failing it.
  const cursor = cursorSchema.safeParse(table.filters.cursor);
  const page = await ownSubscriptionRows({
    actor,
    cursor: cursor.success ? cursor.data : undefined,
    sort: table.sort,
    limit: table.size,
  });
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
      <SubscriptionsTable
        rows={page.items}
        sort={{
          fields: subscriptionSortFields,
          current: table.sort ?? { field: "createdOn", direction: "desc" },
        }}
        empty={
          <EmptyState
            title="No subscriptions yet"
            description="The products your organization uses appear here once you subscribe to a plan in the catalog."
            action={{ href: "/portal/catalog", label: "Browse the catalog" }}
          />
        }
      />
      {page.items.length > 0 && (
        <TablePager
          from={table.from}
          shown={page.items.length}
          total={page.total.count}
          capped={page.total.capped}
          size={table.size}
          noun={page.total.count === 1 ? "subscription" : "subscriptions"}
          next={nextKeysetPage(table.from, page)}
        />
      )}
    </>
  );
}
