import type { Metadata } from "next";
import Link from "next/link";
import { toProductKeyRow } from "@/components/product-keys/key-row";
import { ProductKeysTable } from "@/components/product-keys/product-keys-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { cursorSchema } from "@/lib/input/identifiers";
import { listProductKeys } from "@/lib/product-keys";

export const metadata: Metadata = { title: "Keys & usage" };

/** The customer's own keys by prefix, newest first, in keyset pages (`?cursor=`). */
export default async function MyKeysPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.read")) return <AccessDenied title="Keys & usage" />;
  // A hand-edited cursor starts from the first page rather than failing it.
  const cursor = cursorSchema.safeParse((await searchParams).cursor);
  const page = await listProductKeys({
    actor,
    query: {
      organizationId: actor.organizationId ?? undefined,
      cursor: cursor.success ? cursor.data : undefined,
    },
  });
  const organization = actor.activeMembership?.organizationName;
  return (
    <>
      <PageHeader
        title="Keys & usage"
        description={`The product keys ${organization ?? "your organization"} holds, by prefix: the secrets themselves are shown only when made.`}
      />
      {page.items.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-500">
            No product keys yet. A provider issues them with a subscription.
          </p>
        </Card>
      ) : (
        <ProductKeysTable rows={page.items.map(toProductKeyRow)} view="portal" />
      )}
      {page.nextCursor && (
        <div className="mt-4">
          <Link
            href={`/portal/keys?cursor=${page.nextCursor}`}
            className="text-sm font-medium text-brand-600 hover:underline"
          >
            Older keys →
          </Link>
        </div>
      )}
    </>
  );
}
