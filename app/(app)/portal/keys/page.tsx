import type { Metadata } from "next";
import { toProductKeyRow } from "@/components/product-keys/key-row";
import { ProductKeysTable } from "@/components/product-keys/product-keys-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { KeysetPager } from "@/components/ui/data-table/keyset-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { cursorSchema } from "@/lib/input/identifiers";
import { readTableQuery } from "@/lib/input/table-query";
import { countProductKeys, listProductKeys, productKeySortFields } from "@/lib/product-keys";
import { filledParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Keys & usage" };

/** The customer's own keys by prefix, newest first (or as sorted), in keyset pages (`?cursor=`). */
export default async function MyKeysPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="Keys & usage" />;
  const table = readTableQuery(filledParams(await searchParams), productKeySortFields);
  // A hand-edited cursor starts from the first page rather than failing it.
  const cursor = cursorSchema.safeParse(table.filters.cursor);
  const filter = { organizationId: actor.organizationId ?? undefined };
  const [page, total] = await Promise.all([
    listProductKeys({
      actor,
      query: {
        ...filter,
        sort: table.sort?.field,
        direction: table.sort?.direction,
        limit: table.size,
        cursor: cursor.success ? cursor.data : undefined,
      },
    }),
    countProductKeys({ actor, filter }),
  ]);
  const organization = actor.activeMembership?.organizationName;
  return (
    <>
      <PageHeader
        title="Keys & usage"
        description={`The product keys ${organization ?? "your organization"} holds, by prefix: the secrets themselves are shown only when made.`}
      />
      <ProductKeysTable
        rows={page.items.map(toProductKeyRow)}
        view="portal"
        sort={{
          fields: productKeySortFields,
          current: table.sort ?? { field: "createdOn", direction: "desc" },
        }}
        empty={
          <EmptyState
            title="No product keys yet"
            description="A product key lets your software verify your subscription. Providers issue them when they approve a request for their product."
            action={
              can(actor, "subscriptions.manage")
                ? { href: "/portal/bundles/new", label: "Request a product" }
                : undefined
            }
          />
        }
      />
      <KeysetPager table={table} page={page} total={total} nouns={["key", "keys"]} />
    </>
  );
}
