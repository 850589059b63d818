import type { Metadata } from "next";
import { ApprovalQueueTable } from "@/components/bundles/approval-queue-table";
import { QueueFilterSelect } from "@/components/bundles/queue-filter-select";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { approvalQueueSchema, listApprovalQueue } from "@/lib/bundles";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Approvals" };

const unique = (pairs: [string, string][]) => [...new Map(pairs)].sort((a, b) => a[1].localeCompare(b[1]));

/**
 * The approver's queue: bundle requests for the provider's products waiting for a decision,
 * oldest first, filtered by state, product, requesting organization and age (the URL holds
 * the filters). Counts per state head the page; chosen rows are decided together.
 */
export default async function ApprovalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "approvals.decide")) return <AccessDenied title="Approvals" />;
  const params = filledParams(await searchParams);
  const parsed = approvalQueueSchema.safeParse({ ...params, size: 200 });
  const [queue, open, requested, inProgress] = await Promise.all([
    listApprovalQueue({ actor, input: parsed.success ? parsed.data : { size: 200 } }),
    // The filters' choices come from every open request, not only the ones shown.
    listApprovalQueue({ actor, input: { state: "open", size: 200 } }),
    listApprovalQueue({ actor, input: { state: "REQUESTED", size: 1 } }),
    listApprovalQueue({ actor, input: { state: "IN_PROGRESS", size: 1 } }),
  ]);
  const products = unique(open.items.flatMap((r) => r.products.map((p): [string, string] => [p.id, p.name])));
  const organizations = unique(
    open.items.map((r): [string, string] => [r.organizationId, r.organizationName]),
  );
  return (
    <>
      <PageHeader
        title="Approvals"
        description={`${requested.total} requested · ${inProgress.total} in progress · ${queue.total} shown`}
      />
      <FilterForm
        label="Filter requests"
        clearHref="/approvals"
        invalid={!parsed.success}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      >
        <QueueFilterSelect
          name="state"
          label="State"
          value={params.state}
          any={null}
          options={[
            ["open", "Open (requested or in progress)"],
            ["REQUESTED", "Requested"],
            ["IN_PROGRESS", "In progress"],
          ]}
        />
        <QueueFilterSelect name="productId" label="Product" value={params.productId} options={products} />
        <QueueFilterSelect
          name="organizationId"
          label="Requested by"
          value={params.organizationId}
          options={organizations}
        />
        <QueueFilterSelect
          name="olderThanDays"
          label="Waiting"
          value={params.olderThanDays}
          options={[
            ["1", "over a day"],
            ["7", "over a week"],
            ["30", "over a month"],
          ]}
        />
      </FilterForm>
      {queue.items.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-500">Nothing is waiting for a decision.</p>
        </Card>
      ) : (
        <ApprovalQueueTable rows={queue.items} />
      )}
    </>
  );
}
