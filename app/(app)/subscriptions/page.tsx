import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/shell/access-denied";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { PageHeader } from "@/components/ui/card";
import { FilterForm } from "@/components/ui/filter-form";
import { Input, inputClass } from "@/components/ui/input";
import { subscriptionStatus } from "@/db/schema";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { filledParams } from "@/lib/search-params";
import { subscriptionListQuerySchema } from "@/lib/subscriptions";
import { subscriptionFilterChoices } from "@/lib/subscriptions/filter-choices";
import { countSubscriptions, listSubscriptionRows } from "@/lib/subscriptions/subscription-rows";
import { opensSubscriptionDesk } from "./desk-access";

export const metadata: Metadata = { title: "Subscriptions" };

const filterKeys = ["q", "status", "live", "productId", "planId", "organizationId", "terms"] as const;

const secondaryLink =
  "rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

function select(name: string, label: string, value: string | undefined, options: [string, string][]) {
  return (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function SubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!opensSubscriptionDesk(actor)) return <AccessDenied title="Subscriptions" />;
  const params = filledParams(await searchParams);
  const parsed = subscriptionListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : {};
  const [page, total, choices] = await Promise.all([
    listSubscriptionRows({ actor, query }),
    // The count's filter schema reads the filters alone (not the page's cursor).
    countSubscriptions({ actor, filter: query }),
    subscriptionFilterChoices({ actor }),
  ]);
  const filters = new URLSearchParams();
  if (parsed.success) for (const key of filterKeys) if (params[key]) filters.set(key, params[key]);
  const next = page.nextCursor ? `?${new URLSearchParams([...filters, ["cursor", page.nextCursor]])}` : null;
  const names = (rows: { id: string; name: string }[]) => rows.map((r): [string, string] => [r.id, r.name]);

  return (
    <>
      <PageHeader
        title="Subscriptions"
        description={`${total.capped ? "More than " : ""}${total.count.toLocaleString("en")} subscription${total.count === 1 ? "" : "s"} match.`}
        actions={
          <div className="flex gap-2">
            <Link href="/subscriptions/review" className={secondaryLink}>
              Review queue
            </Link>
            <a href={`/subscriptions/export?${filters}`} className={secondaryLink}>
              Export CSV
            </a>
            {can(actor, "subscriptions.manage") && (
              <Link
                href="/subscriptions/new"
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                New subscription
              </Link>
            )}
          </div>
        }
      />
      <FilterForm
        label="Filter subscriptions"
        clearHref="/subscriptions"
        invalid={!parsed.success}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-8"
      >
        <label className="text-sm lg:col-span-2">
          Search
          <Input name="q" defaultValue={params.q ?? ""} placeholder="Organization, product or number" />
        </label>
        {select(
          "status",
          "Status",
          params.status,
          subscriptionStatus.enumValues.map((s) => [s, s]),
        )}
        {select("live", "Running", params.live, [
          ["true", "Not ended"],
          ["false", "Ended"],
        ])}
        {select("productId", "Product", params.productId, names(choices.products))}
        {select("planId", "Plan", params.planId, names(choices.plans))}
        {select("organizationId", "Organization", params.organizationId, names(choices.organizations))}
        {select("terms", "Terms", params.terms, [
          ["trial", "Trial"],
          ["paid", "Paid"],
        ])}
      </FilterForm>
      <SubscriptionsTable rows={page.items} />
      {next && (
        <Link
          href={`/subscriptions${next}`}
          className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline"
        >
          Next page →
        </Link>
      )}
    </>
  );
}
