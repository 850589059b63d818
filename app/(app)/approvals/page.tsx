import type { Metadata } from "next";
import { ApprovalQueueTable } from "@/components/bundles/approval-queue-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { TablePager } from "@/components/ui/data-table/table-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { approvalQueueSchema, approvalQueueSortFields, listApprovalQueue } from "@/lib/bundles";
import { keptTableParams, readTableQuery } from "@/lib/input/table-query";
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
  const table = readTableQuery(filledParams(await searchParams), approvalQueueSortFields);
  const params = table.filters;
  // The queue pages by offset: the table's position names the page.
  const paging = { page: Math.floor((table.from - 1) / table.size), size: table.size };
  const parsed = approvalQueueSchema.safeParse({
    ...params,
    ...paging,
    sort: table.sort?.field,
    direction: table.sort?.direction,
  });
  const [queue, open, requested, inProgress] = await Promise.all([
    listApprovalQueue({ actor, input: parsed.success ? parsed.data : paging }),
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
        description={`${requested.total} requested · ${inProgress.total} in progress`}
      />
      <FilterForm
        label="Filter requests"
        clearHref="/approvals"
        invalid={!parsed.success || table.invalid}
        keep={keptTableParams(table)}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      >
        <FilterSelect
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
        <FilterSelect name="productId" label="Product" value={params.productId} options={products} />
        <FilterSelect
          name="organizationId"
          label="Requested by"
          value={params.organizationId}
          options={organizations}
        />
        <FilterSelect
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
      <ApprovalQueueTable
        rows={queue.items}
        sort={{
          fields: approvalQueueSortFields,
          current: table.sort ?? { field: "requestedOn", direction: "asc" },
        }}
        empty={
          <EmptyState
            title="Nothing is waiting for a decision"
            description="Customers' requests for your products that need approval appear here, oldest first. Requests are made from the customer portal; nothing here needs you now."
          />
        }
      />
      {queue.items.length > 0 && (
        <TablePager
          from={paging.page * paging.size + 1}
          shown={queue.items.length}
          total={queue.total}
          size={table.size}
          noun={queue.total === 1 ? "request" : "requests"}
          next={
            (paging.page + 1) * paging.size < queue.total
              ? { from: String((paging.page + 1) * paging.size + 1) }
              : null
          }
        />
      )}
    </>
  );
}
