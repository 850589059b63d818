import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { KeyOverview } from "@/components/product-keys/key-overview";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getProductKey, productKeyUsage } from "@/lib/product-keys";

export const metadata: Metadata = { title: "Product key" };

export default async function ProductKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  // A key the actor may not read answers exactly like a missing one.
  const [productKey, usage] = await orNotFound(
    Promise.all([getProductKey({ actor, id }), productKeyUsage({ actor, id, days: 30 })]),
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Product keys", href: "/product-keys" },
          { label: `${productKey.prefix ?? "Key"}…` },
        ]}
      />
      <KeyOverview actor={actor} productKey={productKey} usage={usage} at={now()} />
    </>
  );
}
