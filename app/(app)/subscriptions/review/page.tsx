import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/shell/access-denied";
import { openChangeRows } from "@/components/subscriptions/open-change-rows";
import { OpenChangesTable } from "@/components/subscriptions/open-changes-table";
import { SubscriptionsTable } from "@/components/subscriptions/tab-panels";
import { subscriptionTableRow } from "@/components/subscriptions/table-row";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { requireSessionActor } from "@/lib/auth/session";
import { changeListQuerySchema } from "@/lib/subscriptions";
import { listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";
import { filledParams } from "@/lib/search-params";
import { opensSubscriptionDesk } from "../desk-access";

export const metadata: Metadata = { title: "Subscription review" };

const tabs = [
  { id: "held", label: "Held for review" },
  { id: "pending", label: "Pending and scheduled" },
];

/**
 * The review queue — plan changes the risk check held (a barred subscription, a suspended
 * organization) for the provider or a platform admin to approve or reject — and what is still
 * to come: changes pending for their date and subscriptions that start later.
 */
export default async function SubscriptionReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensSubscriptionDesk(actor)) return <AccessDenied title="Subscription review" />;
  const params = filledParams(await searchParams);
  const tab = tabs.find((t) => t.id === params.tab)?.id ?? "held";
  const state = tab === "held" ? "held" : "pending";
  const cursor = changeListQuerySchema.shape.cursor.safeParse(params.cursor).data;
  const [changes, scheduled] = await Promise.all([
    openChangeRows(actor, { state, cursor }, { withSubscription: true }),
    tab === "pending" ? listSubscriptionRows({ actor, query: { status: "scheduled", limit: 200 } }) : null,
  ]);
  const next = changes.nextCursor
    ? `/subscriptions/review?${new URLSearchParams({ tab, cursor: changes.nextCursor })}`
    : null;
  return (
    <>
      <PageHeader title="Subscription review" description="Held changes to decide, and what is scheduled." />
      <LinkTabs tabs={tabs} active={tab} base="/subscriptions/review" />
      <Card>
        <h2 className="mb-3 font-semibold">{tab === "held" ? "Held changes" : "Pending changes"}</h2>
        <OpenChangesTable rows={changes.rows} caption={tab === "held" ? "Held changes" : "Pending changes"} />
        {next && (
          <Link href={next} className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
            Next page →
          </Link>
        )}
      </Card>
      {scheduled && (
        <Card className="mt-6">
          <h2 className="mb-3 font-semibold">Scheduled subscriptions</h2>
          <SubscriptionsTable rows={scheduled.items.map(subscriptionTableRow)} />
          {scheduled.nextCursor && (
            <Link
              href="/subscriptions?status=scheduled"
              className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline"
            >
              All scheduled subscriptions →
            </Link>
          )}
        </Card>
      )}
    </>
  );
}
