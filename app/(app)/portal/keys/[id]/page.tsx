import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { KeyOverview } from "@/components/product-keys/key-overview";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getProductKey, productKeyUsage } from "@/lib/product-keys";

export const metadata: Metadata = { title: "Product key" };

/** The customer's view of one key: the same page as the provider's, with the customer's buttons. */
export default async function MyKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const [productKey, usage] = await orNotFound(
    Promise.all([getProductKey({ actor, id }), productKeyUsage({ actor, id, days: 30 })]),
  );
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Keys & usage", href: "/portal/keys" }, { label: `${productKey.prefix ?? "Key"}…` }]}
      />
      <KeyOverview actor={actor} productKey={productKey} usage={usage} at={now()} />
    </>
  );
}
